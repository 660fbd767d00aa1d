<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>hotel::GridActionDialogs</name>
    <message numerus="yes">
        <source>%1 – %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n night)</numerusform><numerusform>%1 – %2 (%n nights)</numerusform></translation>
    </message>
</context>
<context>
    <name>hotel::HotelListModel</name>
    <message numerus="yes">
        <source>%1
%2, %3
%n star(s)</source>
        <translation>
            <numerusform>%1
%2, %3
%n star</numerusform><numerusform>%1
%2, %3
%n stars</numerusform></translation>
    </message>
</context>
<context>
    <name>hotel::InventoryGridModel</name>
    <message numerus="yes">
        <source>%n room(s) blocked</source>
        <translation>
            <numerusform>%n room blocked</numerusform><numerusform>%n rooms blocked</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s), up to %1 guests</source>
        <translation>
            <numerusform>%n room, up to %1 guests</numerusform><numerusform>%n rooms, up to %1 guests</numerusform></translation>
    </message>
</context>
<context>
    <name>hotel::MainWindow</name>
    <message numerus="yes">
        <source>%n room(s) of %1 blocked, %2.</source>
        <translation>
            <numerusform>%n room of %1 blocked, %2.</numerusform><numerusform>%n rooms of %1 blocked, %2.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) of %1 back on sale, %2.</source>
        <translation>
            <numerusform>%n room of %1 back on sale, %2.</numerusform><numerusform>%n rooms of %1 back on sale, %2.</numerusform></translation>
    </message>
</context>
<context>
    <name>hotel::NewBookingDialog</name>
    <message numerus="yes">
        <source>%1 (up to %n guest(s))</source>
        <translation>
            <numerusform>%1 (up to %n guest)</numerusform><numerusform>%1 (up to %n guests)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>A booking can be at most %n night(s).</source>
        <translation>
            <numerusform>A booking can be at most %n night.</numerusform><numerusform>A booking can be at most %n nights.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) left</source>
        <translation>
            <numerusform>%n room left</numerusform><numerusform>%n rooms left</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Room, %n night(s)</source>
        <translation>
            <numerusform>Room, %n night</numerusform><numerusform>Room, %n nights</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>This room type sleeps at most %n guest(s).</source>
        <translation>
            <numerusform>This room type sleeps at most %n guest.</numerusform><numerusform>This room type sleeps at most %n guests.</numerusform></translation>
    </message>
</context>
</TS>