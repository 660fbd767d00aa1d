<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Check in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free %1 rooms (not under maintenance), by floor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1 · Room %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room of this type is free: free one up in the room rack first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel</name>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-out date must be after the check-in date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in date is in the past at the hotel: choose today or a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The check-in date is more than %n day(s) ahead; bookings open later.</source>
        <translation>
            <numerusform>The check-in date is more than %n day ahead; bookings open later.</numerusform>
            <numerusform>The check-in date is more than %n days ahead; bookings open later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stay may last at most %n night(s): choose an earlier check-out date.</source>
        <translation>
            <numerusform>A stay may last at most %n night: choose an earlier check-out date.</numerusform>
            <numerusform>A stay may last at most %n nights: choose an earlier check-out date.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <comment>a required field is empty; %1 is the form&apos;s label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains characters that cannot be stored (line breaks, tabs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may contain only digits, spaces and + ( ) - .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is higher than the hotel allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be after the start of the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range is too long: choose fewer days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::AvailabilityGridView</name>
    <message>
        <source>Availability grid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::AvailabilityPage</name>
    <message>
        <source>Select nights in a row with the mouse or Shift+arrow keys, then press Enter to book or right-click for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect to open the offline demo, a database or a booking server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book the selected nights of a room type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take rooms of the selected type out of sale on the selected nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock rooms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put blocked rooms back on sale on the selected nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &amp;price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the nightly price of the selected nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner mark: rooms blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells: rooms left/total and price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a guest account. The portal is for hotel staff: sign in with a staff account (File › Connect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading hotels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the hotels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the hotels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not assigned to any hotel yet. Ask an administrator to give you access to the hotels you work for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading availability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the availability: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hotel has no room types yet. An administrator adds them before rooms can be sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (%1) cannot create bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 confirmed for %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms were not blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rooms were not unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) of %1 blocked, %2.</source>
        <translation>
            <numerusform>%n room of %1 blocked, %2.</numerusform>
            <numerusform>%n rooms of %1 blocked, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) of %1 back on sale, %2.</source>
        <translation>
            <numerusform>%n room of %1 back on sale, %2.</numerusform>
            <numerusform>%n rooms of %1 back on sale, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of %1 set to %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ho&amp;tel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nventory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::BackendFactory</name>
    <message>
        <source>This build of the portal cannot open %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::BookingListModel</name>
    <message>
        <source>In house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::BookingsView</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest name, e-mail or confirmation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a booking to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bookings match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking not cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 cancelled after the free-cancellation deadline; no refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in to room %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;ys from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find a guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search bookings by guest name, e-mail or confirmation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modify booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boo&amp;king</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel %1&apos;s stay %2 → %3?
%4
Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 → %4 (%n night(s)) · %5 guest(s) · room %6 + taxes %7 + fees %8 = &lt;b&gt;%9&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 → %4 (%n night) · %5 guest(s) · room %6 + taxes %7 + fees %8 = &lt;b&gt;%9&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 → %4 (%n nights) · %5 guest(s) · room %6 + taxes %7 + fees %8 = &lt;b&gt;%9&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking %1 changed: %2 → %3, total %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free cancellation until %1 (hotel time): the guest gets %2 back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free-cancellation deadline was %1 (hotel time): no refund; the guest pays %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking %1 cancelled; refund %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::ConnectionBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a&amp;gain now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::ConnectionController</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the saved password from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build cannot open connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1. You will be asked for it next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s); press Try again now when it is back.</source>
        <translation>
            <numerusform>Gave up after %n attempt; press Try again now when it is back.</numerusform>
            <numerusform>Gave up after %n attempts; press Try again now when it is back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>Next try at %1 (in %n second).</numerusform>
            <numerusform>Next try at %1 (in %n seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The connection to %2 is not working; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes cannot be saved until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offline demo (sample hotels on this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Booking server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offline demo keeps its data on this computer and signs you in as the demo administrator. Nothing is shared with other desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://bookings.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@hotel.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, starting with https:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your staff e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::ConnectionSettings</name>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking server %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::CredentialStore</name>
    <message>
        <source>No password is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available; the password must be entered again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not answer in time; the password must be entered again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::FrontDeskView</name>
    <message>
        <source>Check &amp;in selected arrival…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;out selected guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a hotel to see today&apos;s arrivals and departures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an arrival first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked in to room %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a guest in house first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked out; room %2 is free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 is occupied; check the guest out first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals today: none expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivals today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house: no guest checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In house: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures today: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures today: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front &amp;desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::GridActionDialogs</name>
    <message numerus="yes">
        <source>%1 – %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n night)</numerusform>
            <numerusform>%1 – %2 (%n nights)</numerusform>
        </translation>
    </message>
    <message>
        <source>night of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of a night in messages</comment>
        <translation type="unfinished"></translation>
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
%n star</numerusform>
            <numerusform>%1
%2, %3
%n stars</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::InventoryCellDelegate</name>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::InventoryGridModel</name>
    <message numerus="yes">
        <source>%n room(s) blocked</source>
        <translation>
            <numerusform>%n room blocked</numerusform>
            <numerusform>%n rooms blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s), up to %1 guests</source>
        <translation>
            <numerusform>%n room, up to %1 guests</numerusform>
            <numerusform>%n rooms, up to %1 guests</numerusform>
        </translation>
    </message>
    <message>
        <source>No inventory for this night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, night of %2
%3 of %4 rooms left, %5 booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overbooking allowance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the grid&apos;s column header (day, month)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::MainWindow</name>
    <message>
        <source>Hotel Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the offline demo, a PostgreSQL database and a booking server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the availability again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Hotel Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and sign in to see bookings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ront desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and sign in to see arrivals and departures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect and sign in to see prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotel Portal – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Hotel Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hotel Portal %1&lt;/h3&gt;&lt;p&gt;Availability, bookings, front desk and prices for hotel staff.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a list, Enter does the list&apos;s main command: an arrival is checked in, a guest in house checked out, a booking opened to change it. Alt and the underlined letter reach a field or a button; Ctrl+Tab goes to the next tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::ModifyBookingDialog</name>
    <message>
        <source>Modify booking %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sleeps %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1; unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1; pricing the new stay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now %1; the new price is not known: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New total %1 (was %2): %3 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New total %1 (was %2): %3 less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New total %1, the same as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::NewBookingDialog</name>
    <message numerus="yes">
        <source>%1 (up to %n guest(s))</source>
        <translation>
            <numerusform>%1 (up to %n guest)</numerusform>
            <numerusform>%1 (up to %n guests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) left</source>
        <translation>
            <numerusform>%n room left</numerusform>
            <numerusform>%n rooms left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Room, %n night(s)</source>
        <translation>
            <numerusform>Room, %n night</numerusform>
            <numerusform>Room, %n nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This room type sleeps at most %n guest(s).</source>
        <translation>
            <numerusform>This room type sleeps at most %n guest.</numerusform>
            <numerusform>This room type sleeps at most %n guests.</numerusform>
        </translation>
    </message>
    <message>
        <source>New booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>G&amp;uests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability and price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking availability…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a room type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This room type is sold out on at least one of these nights. Choose other dates or another room type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The booking was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: %1 The availability above has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: %1 Nothing was saved; try again when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed; nothing can be booked from this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a night in the price breakdown</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed; nothing was booked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest@example.com (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the availability and the price of these nights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price for these nights yet: see the message above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold out on at least one of these nights: choose other dates or another room type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many guests for this room type: it sleeps at most %n.</source>
        <translation>
            <numerusform>Too many guests for this room type: it sleeps at most %n.</numerusform>
            <numerusform>Too many guests for this room type: it sleeps at most %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the guest&apos;s e-mail address to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address looks incomplete; it should look like name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::NightPriceDialog</name>
    <message>
        <source>Set price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price per night (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price above zero and at most %1, like %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::PriceTableModel</name>
    <message>
        <source>Was %1; not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 booked, %2 blocked, of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::PricesView</name>
    <message>
        <source> nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nightly price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekends only (Fri, Sat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected nights (all when none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices are read-only: only revenue managers and administrators change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n unsaved price change(s)?</source>
        <translation>
            <numerusform>Discard the %n unsaved price change?</numerusform>
            <numerusform>Discard the %n unsaved price changes?</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) saved.</source>
        <translation>
            <numerusform>%n price saved.</numerusform>
            <numerusform>%n prices saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise / &amp;lower by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save pri&amp;ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of the prices chart&apos;s axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price such as %1, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more night(s)</source>
        <translation>
            <numerusform>and %n more night</numerusform>
            <numerusform>and %n more nights</numerusform>
        </translation>
    </message>
    <message>
        <source>Unusual prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) would get a price of zero or far from the usual one:</source>
        <translation>
            <numerusform>%n night would get a price of zero or far from the usual one:</numerusform>
            <numerusform>%n nights would get a price of zero or far from the usual one:</numerusform>
        </translation>
    </message>
    <message>
        <source>The usual price of %1 over these nights is %2 (the median). Save anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices not saved: check the unusual ones first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::Roles</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::RoomBlockDialog</name>
    <message>
        <source>Block rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No room is free on every selected night, so none can be blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every selected night has blocked rooms, so none can be unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms to block:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rooms to unblock:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hotel::StartOptions</name>
    <message>
        <source>Hotel Portal: availability, bookings, front desk and prices for hotel staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the offline demo (sample hotels on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work directly on a database: postgresql://user@host:port/database or sqlite:///path/file.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through a booking server, e.g. https://bookings.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --demo, --db and --server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: expected an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
