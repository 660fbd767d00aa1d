<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>QObject</name>
    <message>
        <source>Check in %1</source>
        <translation>%1 체크인</translation>
    </message>
    <message>
        <source>Free %1 rooms (not under maintenance), by floor:</source>
        <translation>비어 있는 %1 객실(정비 중 제외), 층별:</translation>
    </message>
    <message>
        <source>Floor %1 · Room %2</source>
        <translation>%1층 · %2호</translation>
    </message>
    <message>
        <source>No room of this type is free: free one up in the room rack first.</source>
        <translation>이 유형의 빈 객실이 없습니다. 먼저 객실 현황판에서 객실을 비우세요.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>체크인</translation>
    </message>
</context>
<context>
    <name>hotel</name>
    <message>
        <source>Check-in</source>
        <translation>체크인</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>체크아웃</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>객실 유형</translation>
    </message>
    <message>
        <source>Hotel</source>
        <translation>호텔</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Room number</source>
        <translation>객실 번호</translation>
    </message>
    <message>
        <source>Guest name</source>
        <translation>투숙객 이름</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화번호</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>The check-out date must be after the check-in date.</source>
        <translation>체크아웃 날짜는 체크인 날짜보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The check-in date is in the past at the hotel: choose today or a later date.</source>
        <translation>체크인 날짜가 호텔 기준으로 이미 지났습니다. 오늘 또는 이후 날짜를 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>The check-in date is more than %n day(s) ahead; bookings open later.</source>
        <translation>
            <numerusform>체크인 날짜가 %n일 이상 남았습니다. 예약은 나중에 열립니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A stay may last at most %n night(s): choose an earlier check-out date.</source>
        <translation>
            <numerusform>숙박은 최대 %n박까지 가능합니다. 더 이른 체크아웃 날짜를 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request was refused as invalid.</source>
        <translation>요청이 올바르지 않아 거절되었습니다.</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <comment>a required field is empty; %1 is the form&apos;s label</comment>
        <translation>%1을(를) 입력하세요.</translation>
    </message>
    <message>
        <source>“%1” is too long.</source>
        <translation>“%1”이(가) 너무 깁니다.</translation>
    </message>
    <message>
        <source>“%1” contains characters that cannot be stored (line breaks, tabs).</source>
        <translation>“%1”에 저장할 수 없는 문자(줄바꿈, 탭)가 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address; it should look like name@example.com.</source>
        <translation>“%1”은(는) 이메일 주소가 아닙니다. name@example.com 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>“%1” may contain only digits, spaces and + ( ) - .</source>
        <translation>“%1”에는 숫자, 공백과 + ( ) - 만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>“%1” is out of range.</source>
        <translation>“%1”이(가) 허용 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>“%1” cannot be negative.</source>
        <translation>“%1”은(는) 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>“%1” is higher than the hotel allows.</source>
        <translation>“%1”이(가) 호텔이 허용하는 값보다 높습니다.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>“%1”은(는) 날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>“%1” must be after the start of the range.</source>
        <translation>“%1”은(는) 기간 시작일보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The range is too long: choose fewer days.</source>
        <translation>기간이 너무 깁니다. 날짜 수를 줄이세요.</translation>
    </message>
    <message>
        <source>Check “%1”.</source>
        <translation>“%1”을(를) 확인하세요.</translation>
    </message>
</context>
<context>
    <name>hotel::AvailabilityGridView</name>
    <message>
        <source>Availability grid</source>
        <translation>객실 현황표</translation>
    </message>
</context>
<context>
    <name>hotel::AvailabilityPage</name>
    <message>
        <source>Select nights in a row with the mouse or Shift+arrow keys, then press Enter to book or right-click for more.</source>
        <translation>마우스나 Shift+화살표 키로 한 줄에서 날짜를 선택한 후 Enter 키를 눌러 예약하거나 마우스 오른쪽 버튼으로 더 많은 작업을 선택하세요.</translation>
    </message>
    <message>
        <source>Not connected. Choose File › Connect to open the offline demo, a database or a booking server.</source>
        <translation>연결되지 않았습니다. 파일 › 연결을 선택하여 오프라인 데모, 데이터베이스 또는 예약 서버를 여세요.</translation>
    </message>
    <message>
        <source>Go to &amp;today</source>
        <translation>오늘로 이동(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Home</source>
        <translation>Ctrl+Home</translation>
    </message>
    <message>
        <source>&amp;New booking…</source>
        <translation>새 예약(&amp;N)…</translation>
    </message>
    <message>
        <source>Book the selected nights of a room type</source>
        <translation>선택한 객실 유형의 날짜를 예약합니다</translation>
    </message>
    <message>
        <source>&amp;Block rooms…</source>
        <translation>객실 판매 중지(&amp;B)…</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Take rooms of the selected type out of sale on the selected nights</source>
        <translation>선택한 날짜에 선택한 유형의 객실 판매를 중지합니다</translation>
    </message>
    <message>
        <source>&amp;Unblock rooms…</source>
        <translation>객실 판매 재개(&amp;U)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>Put blocked rooms back on sale on the selected nights</source>
        <translation>선택한 날짜에 판매 중지된 객실을 다시 판매합니다</translation>
    </message>
    <message>
        <source>Set &amp;price…</source>
        <translation>요금 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Change the nightly price of the selected nights</source>
        <translation>선택한 날짜의 1박 요금을 변경합니다</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>여유</translation>
    </message>
    <message>
        <source>Filling up</source>
        <translation>예약 증가</translation>
    </message>
    <message>
        <source>Nearly full</source>
        <translation>거의 만실</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>만실</translation>
    </message>
    <message>
        <source>Corner mark: rooms blocked</source>
        <translation>모서리 표시: 판매 중지 객실</translation>
    </message>
    <message>
        <source>Cells: rooms left/total and price</source>
        <translation>칸: 남은 객실/전체 객실, 요금</translation>
    </message>
    <message>
        <source>%1 is a guest account. The portal is for hotel staff: sign in with a staff account (File › Connect).</source>
        <translation>%1은(는) 투숙객 계정입니다. 포털은 호텔 직원용입니다. 직원 계정으로 로그인하세요(파일 › 연결).</translation>
    </message>
    <message>
        <source>Loading hotels…</source>
        <translation>호텔 목록을 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load the hotels.</source>
        <translation>호텔 목록을 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not load the hotels: %1</source>
        <translation>호텔 목록을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Your account is not assigned to any hotel yet. Ask an administrator to give you access to the hotels you work for.</source>
        <translation>계정에 배정된 호텔이 아직 없습니다. 근무하는 호텔에 대한 권한을 관리자에게 요청하세요.</translation>
    </message>
    <message>
        <source>Loading availability…</source>
        <translation>객실 현황을 불러오는 중…</translation>
    </message>
    <message>
        <source>Could not load the availability.</source>
        <translation>객실 현황을 불러올 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not load the availability: %1</source>
        <translation>객실 현황을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>This hotel has no room types yet. An administrator adds them before rooms can be sold.</source>
        <translation>이 호텔에는 아직 객실 유형이 없습니다. 객실을 판매하려면 관리자가 먼저 객실 유형을 추가해야 합니다.</translation>
    </message>
    <message>
        <source>Your role (%1) cannot create bookings.</source>
        <translation>현재 역할(%1)로는 예약을 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Booking %1 confirmed for %2, %3.</source>
        <translation>%2 님의 예약 %1이(가) 확정되었습니다, %3.</translation>
    </message>
    <message>
        <source>The change was not saved.</source>
        <translation>변경 사항이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Block rooms</source>
        <translation>객실 판매 중지</translation>
    </message>
    <message>
        <source>Unblock rooms</source>
        <translation>객실 판매 재개</translation>
    </message>
    <message>
        <source>The rooms were not blocked.</source>
        <translation>객실 판매가 중지되지 않았습니다.</translation>
    </message>
    <message>
        <source>The rooms were not unblocked.</source>
        <translation>객실 판매가 재개되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) of %1 blocked, %2.</source>
        <translation>
            <numerusform>%1 객실 %n개 판매 중지, %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) of %1 back on sale, %2.</source>
        <translation>
            <numerusform>%1 객실 %n개 판매 재개, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set price</source>
        <translation>요금 설정</translation>
    </message>
    <message>
        <source>The price was not changed.</source>
        <translation>요금이 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Price of %1 set to %2, %3.</source>
        <translation>%1 요금을 %2(으)로 설정했습니다, %3.</translation>
    </message>
    <message>
        <source>Ho&amp;tel:</source>
        <translation>호텔(&amp;T):</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>시작일(&amp;M):</translation>
    </message>
    <message>
        <source>I&amp;nventory</source>
        <translation>객실 재고(&amp;N)</translation>
    </message>
</context>
<context>
    <name>hotel::BackendFactory</name>
    <message>
        <source>This build of the portal cannot open %1.</source>
        <translation>이 포털 빌드로는 %1을(를) 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>hotel::BookingListModel</name>
    <message>
        <source>In house</source>
        <translation>투숙 중</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>체크아웃됨</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>예약 번호</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>투숙객</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Room type</source>
        <translation>객실 유형</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>체크인</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>체크아웃</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>숙박일</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>객실</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>hotel::BookingsView</name>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>체크아웃됨</translation>
    </message>
    <message>
        <source>Guest name, e-mail or confirmation code</source>
        <translation>투숙객 이름, 이메일 또는 예약 번호</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>종료(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation>변경(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking…</source>
        <translation>예약 취소(&amp;C)…</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>체크인(&amp;I)…</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>체크아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Select a booking to see its details.</source>
        <translation>예약을 선택하면 상세 정보가 표시됩니다.</translation>
    </message>
    <message>
        <source>No bookings match these filters.</source>
        <translation>이 조건에 맞는 예약이 없습니다.</translation>
    </message>
    <message>
        <source>Cancel booking %1</source>
        <translation>예약 %1 취소</translation>
    </message>
    <message>
        <source>Booking not cancelled</source>
        <translation>예약이 취소되지 않음</translation>
    </message>
    <message>
        <source>Booking %1 cancelled after the free-cancellation deadline; no refund.</source>
        <translation>무료 취소 기한 이후에 예약 %1이(가) 취소되었습니다. 환불은 없습니다.</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>체크인되지 않음</translation>
    </message>
    <message>
        <source>%1 checked in to room %2.</source>
        <translation>%1 님이 %2호에 체크인했습니다.</translation>
    </message>
    <message>
        <source>%1 checked out.</source>
        <translation>%1 님이 체크아웃했습니다.</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>상태(&amp;U):</translation>
    </message>
    <message>
        <source>Sta&amp;ys from:</source>
        <translation>숙박 시작(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>검색(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Find a guest…</source>
        <translation>투숙객 찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>Search bookings by guest name, e-mail or confirmation code</source>
        <translation>투숙객 이름, 이메일 또는 예약 번호로 예약을 검색합니다</translation>
    </message>
    <message>
        <source>&amp;Modify booking…</source>
        <translation>예약 변경(&amp;M)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Boo&amp;king</source>
        <translation>예약(&amp;K)</translation>
    </message>
    <message>
        <source>Cancel %1&apos;s stay %2 → %3?
%4
Reason:</source>
        <translation>%1 님의 숙박 %2 → %3을(를) 취소하시겠습니까?
%4
사유:</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 → %4 (%n night(s)) · %5 guest(s) · room %6 + taxes %7 + fees %8 = &lt;b&gt;%9&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 → %4 (%n박) · 투숙객 %5명 · 객실 %6 + 세금 %7 + 수수료 %8 = &lt;b&gt;%9&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Booking %1 changed: %2 → %3, total %4</source>
        <translation>예약 %1 변경됨: %2 → %3, 합계 %4</translation>
    </message>
    <message>
        <source>Free cancellation until %1 (hotel time): the guest gets %2 back.</source>
        <translation>%1(호텔 시간)까지 무료 취소: 투숙객은 %2을(를) 환불받습니다.</translation>
    </message>
    <message>
        <source>The free-cancellation deadline was %1 (hotel time): no refund; the guest pays %2.</source>
        <translation>무료 취소 기한은 %1(호텔 시간)이었습니다. 환불은 없으며 투숙객은 %2을(를) 지불합니다.</translation>
    </message>
    <message>
        <source>Booking %1 cancelled; refund %2.</source>
        <translation>예약 %1 취소됨. 환불 %2.</translation>
    </message>
</context>
<context>
    <name>hotel::ConnectionBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Try a&amp;gain now</source>
        <translation>지금 다시 시도(&amp;G)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>자세히</translation>
    </message>
</context>
<context>
    <name>hotel::ConnectionController</name>
    <message>
        <source>Not connected</source>
        <translation>연결되지 않음</translation>
    </message>
    <message>
        <source>Reading the saved password from the system keychain…</source>
        <translation>시스템 키체인에서 저장된 비밀번호를 읽는 중…</translation>
    </message>
    <message>
        <source>This build cannot open connections.</source>
        <translation>이 빌드로는 연결을 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>%1에 로그인하세요.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1에 로그인하는 중…</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>로그인하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>연결이 복구되었습니다.</translation>
    </message>
    <message>
        <source>The password could not be saved in the system keychain: %1. You will be asked for it next time.</source>
        <translation>비밀번호를 시스템 키체인에 저장하지 못했습니다: %1. 다음에 다시 묻습니다.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>사유가 주어지지 않았습니다</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>%1에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1에 연결할 수 없습니다: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s); press Try again now when it is back.</source>
        <translation>
            <numerusform>%n번 시도한 뒤 중단했습니다. 복구되면 지금 다시 시도를 누르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next try at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>다음 시도 %1(%n초 후).</numerusform>
        </translation>
    </message>
    <message>
        <source>Next try at %1.</source>
        <translation>다음 시도 %1.</translation>
    </message>
    <message>
        <source>%1 The connection to %2 is not working; nothing was saved.</source>
        <translation>%1 %2에 대한 연결이 작동하지 않아 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Connection to %1 lost.</source>
        <translation>%1 연결이 끊겼습니다.</translation>
    </message>
    <message>
        <source>Connection to %1 lost: %2.</source>
        <translation>%1 연결이 끊겼습니다: %2.</translation>
    </message>
    <message>
        <source>Changes cannot be saved until the connection is back.</source>
        <translation>연결이 복구될 때까지 변경 사항을 저장할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>hotel::ConnectionDialog</name>
    <message>
        <source>Connect</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Work with</source>
        <translation>작업 대상</translation>
    </message>
    <message>
        <source>&amp;Offline demo (sample hotels on this computer)</source>
        <translation>오프라인 데모(이 컴퓨터의 샘플 호텔)(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL database</source>
        <translation>PostgreSQL 데이터베이스(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Booking server</source>
        <translation>예약 서버(&amp;B)</translation>
    </message>
    <message>
        <source>The offline demo keeps its data on this computer and signs you in as the demo administrator. Nothing is shared with other desks.</source>
        <translation>오프라인 데모는 데이터를 이 컴퓨터에 보관하며 데모 관리자로 로그인합니다. 다른 데스크와 공유되지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>데이터베이스(&amp;D):</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>데이터베이스 사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>데이터베이스 비밀번호(&amp;W):</translation>
    </message>
    <message>
        <source>https://bookings.example.com</source>
        <translation>https://bookings.example.com</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>서버 주소(&amp;A):</translation>
    </message>
    <message>
        <source>Sign in as staff</source>
        <translation>직원으로 로그인</translation>
    </message>
    <message>
        <source>name@hotel.example</source>
        <translation>name@hotel.example</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>시스템 키체인에 비밀번호 저장(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>Pa&amp;ssword:</source>
        <translation>비밀번호(&amp;S):</translation>
    </message>
    <message>
        <source>Enter the database host.</source>
        <translation>데이터베이스 호스트를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>데이터베이스 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the database user.</source>
        <translation>데이터베이스 사용자를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https:// or http://.</source>
        <translation>https:// 또는 http://로 시작하는 서버 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter your staff e-mail address.</source>
        <translation>직원 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>포트(&amp;T):</translation>
    </message>
    <message>
        <source>Co&amp;nnect</source>
        <translation>연결(&amp;N)</translation>
    </message>
</context>
<context>
    <name>hotel::ConnectionSettings</name>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Offline demo</source>
        <translation>오프라인 데모</translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3</source>
        <translation>PostgreSQL %1@%2:%3</translation>
    </message>
    <message>
        <source>Booking server %1</source>
        <translation>예약 서버 %1</translation>
    </message>
</context>
<context>
    <name>hotel::CredentialStore</name>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>이 연결에 저장된 비밀번호가 없습니다.</translation>
    </message>
    <message>
        <source>The system keychain is not available; the password must be entered again.</source>
        <translation>시스템 키체인을 사용할 수 없습니다. 비밀번호를 다시 입력해야 합니다.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time; the password must be entered again.</source>
        <translation>시스템 키체인이 제때 응답하지 않았습니다. 비밀번호를 다시 입력해야 합니다.</translation>
    </message>
</context>
<context>
    <name>hotel::FrontDeskView</name>
    <message>
        <source>Check &amp;in selected arrival…</source>
        <translation>선택한 도착 투숙객 체크인(&amp;I)…</translation>
    </message>
    <message>
        <source>Check &amp;out selected guest</source>
        <translation>선택한 투숙객 체크아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Arrivals today</source>
        <translation>오늘 도착</translation>
    </message>
    <message>
        <source>In house</source>
        <translation>투숙 중</translation>
    </message>
    <message>
        <source>Departures today</source>
        <translation>오늘 출발</translation>
    </message>
    <message>
        <source>Room rack</source>
        <translation>객실 현황판</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>객실</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Toggle &amp;maintenance</source>
        <translation>정비 상태 전환(&amp;M)</translation>
    </message>
    <message>
        <source>Choose a hotel to see today&apos;s arrivals and departures.</source>
        <translation>오늘의 도착 및 출발 투숙객을 보려면 호텔을 선택하세요.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>여유</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>정비 중</translation>
    </message>
    <message>
        <source>Select an arrival first.</source>
        <translation>먼저 도착 투숙객을 선택하세요.</translation>
    </message>
    <message>
        <source>Not checked in</source>
        <translation>체크인되지 않음</translation>
    </message>
    <message>
        <source>%1 checked in to room %2.</source>
        <translation>%1 님이 %2호에 체크인했습니다.</translation>
    </message>
    <message>
        <source>Select a guest in house first.</source>
        <translation>먼저 투숙 중인 손님을 선택하세요.</translation>
    </message>
    <message>
        <source>Not checked out</source>
        <translation>체크아웃되지 않음</translation>
    </message>
    <message>
        <source>%1 checked out; room %2 is free again.</source>
        <translation>%1 님이 체크아웃했습니다. %2호가 다시 비었습니다.</translation>
    </message>
    <message>
        <source>Room %1 is occupied; check the guest out first.</source>
        <translation>%1호는 사용 중입니다. 먼저 투숙객을 체크아웃하세요.</translation>
    </message>
    <message>
        <source>Arrivals today: none expected</source>
        <translation>오늘 도착: 예정 없음</translation>
    </message>
    <message>
        <source>Arrivals today: %1</source>
        <translation>오늘 도착: %1</translation>
    </message>
    <message>
        <source>In house: no guest checked in</source>
        <translation>투숙 중: 체크인한 투숙객 없음</translation>
    </message>
    <message>
        <source>In house: %1</source>
        <translation>투숙 중: %1</translation>
    </message>
    <message>
        <source>Departures today: none</source>
        <translation>오늘 출발: 없음</translation>
    </message>
    <message>
        <source>Departures today: %1</source>
        <translation>오늘 출발: %1</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Front &amp;desk</source>
        <translation>프런트 데스크(&amp;D)</translation>
    </message>
</context>
<context>
    <name>hotel::GridActionDialogs</name>
    <message>
        <source>night of %1</source>
        <translation>%1 숙박</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2 (%n night(s))</source>
        <translation>
            <numerusform>%1 – %2 (%n박)</numerusform>
        </translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date format of a night in messages</comment>
        <translation>yyyy년 M월 d일 (ddd)</translation>
    </message>
</context>
<context>
    <name>hotel::HotelListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2, %3
%n star(s)</source>
        <translation>
            <numerusform>%1
%2, %3
%n성급</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hotel::InventoryCellDelegate</name>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
</context>
<context>
    <name>hotel::InventoryGridModel</name>
    <message>
        <source>No inventory for this night</source>
        <translation>이 날짜의 객실 재고가 없습니다</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1, night of %2
%3 of %4 rooms left, %5 booked</source>
        <translation>%1, %2 숙박
객실 %4개 중 %3개 남음, %5개 예약됨</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) blocked</source>
        <translation>
            <numerusform>객실 %n개 판매 중지</numerusform>
        </translation>
    </message>
    <message>
        <source>Overbooking allowance: %1</source>
        <translation>초과 예약 허용: %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%2 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s), up to %1 guests</source>
        <translation>
            <numerusform>객실 %n개, 최대 %1명</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the grid&apos;s column header (day, month)</comment>
        <translation>M월 d일</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>요금: %1</translation>
    </message>
</context>
<context>
    <name>hotel::MainWindow</name>
    <message>
        <source>Hotel Portal</source>
        <translation>호텔 포털</translation>
    </message>
    <message>
        <source>&amp;Availability</source>
        <translation>객실 현황(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>연결(&amp;C)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Switch between the offline demo, a PostgreSQL database and a booking server</source>
        <translation>오프라인 데모, PostgreSQL 데이터베이스, 예약 서버 간에 전환합니다</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Load the availability again</source>
        <translation>객실 현황을 다시 불러옵니다</translation>
    </message>
    <message>
        <source>&amp;About Hotel Portal</source>
        <translation>호텔 포털 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>예약(&amp;B)</translation>
    </message>
    <message>
        <source>Connect and sign in to see bookings.</source>
        <translation>예약을 보려면 연결하고 로그인하세요.</translation>
    </message>
    <message>
        <source>F&amp;ront desk</source>
        <translation>프런트 데스크(&amp;R)</translation>
    </message>
    <message>
        <source>Connect and sign in to see arrivals and departures.</source>
        <translation>도착 및 출발 투숙객을 보려면 연결하고 로그인하세요.</translation>
    </message>
    <message>
        <source>&amp;Prices</source>
        <translation>요금(&amp;P)</translation>
    </message>
    <message>
        <source>Connect and sign in to see prices.</source>
        <translation>요금을 보려면 연결하고 로그인하세요.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1(으)로 로그인했습니다</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>Hotel Portal – %1</source>
        <translation>호텔 포털 – %1</translation>
    </message>
    <message>
        <source>About Hotel Portal</source>
        <translation>호텔 포털 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Hotel Portal %1&lt;/h3&gt;&lt;p&gt;Availability, bookings, front desk and prices for hotel staff.&lt;/p&gt;&lt;p&gt;Connected to: %2&lt;/p&gt;&lt;p&gt;Built with Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;호텔 포털 %1&lt;/h3&gt;&lt;p&gt;호텔 직원을 위한 객실 현황, 예약, 프런트 데스크, 요금 관리.&lt;/p&gt;&lt;p&gt;연결 대상: %2&lt;/p&gt;&lt;p&gt;Qt %3(으)로 빌드됨.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>In a list, Enter does the list&apos;s main command: an arrival is checked in, a guest in house checked out, a booking opened to change it. Alt and the underlined letter reach a field or a button; Ctrl+Tab goes to the next tab.</source>
        <translation>목록에서 Enter 키는 그 목록의 주요 명령을 실행합니다: 도착 예정 투숙객은 체크인, 투숙 중인 투숙객은 체크아웃, 예약은 변경 창을 엽니다. Alt와 밑줄 친 글자로 입력란이나 버튼으로 이동하고, Ctrl+Tab으로 다음 탭으로 이동합니다.</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>테마(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System colours</source>
        <translation>시스템 색상(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
</context>
<context>
    <name>hotel::ModifyBookingDialog</name>
    <message>
        <source>Modify booking %1</source>
        <translation>예약 %1 변경</translation>
    </message>
    <message>
        <source>%1 (sleeps %2)</source>
        <translation>%1 (최대 %2명)</translation>
    </message>
    <message>
        <source>Room &amp;type:</source>
        <translation>객실 유형(&amp;T):</translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation>체크인(&amp;I):</translation>
    </message>
    <message>
        <source>Check-&amp;out:</source>
        <translation>체크아웃(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>인원(&amp;G):</translation>
    </message>
    <message>
        <source>Guest &amp;name:</source>
        <translation>투숙객 이름(&amp;N):</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>요금:</translation>
    </message>
    <message>
        <source>Now %1.</source>
        <translation>현재 %1.</translation>
    </message>
    <message>
        <source>Saving the change…</source>
        <translation>변경 사항을 저장하는 중…</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>아직 변경된 내용이 없습니다.</translation>
    </message>
    <message>
        <source>Now %1; unchanged.</source>
        <translation>현재 %1. 변경 없음.</translation>
    </message>
    <message>
        <source>Now %1; pricing the new stay…</source>
        <translation>현재 %1. 새 숙박 요금을 계산하는 중…</translation>
    </message>
    <message>
        <source>Now %1; the new price is not known: %2</source>
        <translation>현재 %1. 새 요금을 알 수 없습니다: %2</translation>
    </message>
    <message>
        <source>New total %1 (was %2): %3 more.</source>
        <translation>새 합계 %1(이전 %2): %3 증가.</translation>
    </message>
    <message>
        <source>New total %1 (was %2): %3 less.</source>
        <translation>새 합계 %1(이전 %2): %3 감소.</translation>
    </message>
    <message>
        <source>New total %1, the same as before.</source>
        <translation>새 합계 %1, 이전과 같습니다.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>변경되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>hotel::NewBookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>새 예약</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>숙박</translation>
    </message>
    <message>
        <source>&amp;Hotel:</source>
        <translation>호텔(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Room type:</source>
        <translation>객실 유형(&amp;R):</translation>
    </message>
    <message>
        <source>Check-&amp;in:</source>
        <translation>체크인(&amp;I):</translation>
    </message>
    <message>
        <source>Check-&amp;out:</source>
        <translation>체크아웃(&amp;O):</translation>
    </message>
    <message>
        <source>G&amp;uests:</source>
        <translation>인원(&amp;U):</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>투숙객</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>이메일(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>전화(&amp;P):</translation>
    </message>
    <message>
        <source>Availability and price</source>
        <translation>예약 가능 여부와 요금</translation>
    </message>
    <message>
        <source>&amp;Confirm booking</source>
        <translation>예약 확정(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (up to %n guest(s))</source>
        <translation>
            <numerusform>%1 (최대 %n명)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking availability…</source>
        <translation>예약 가능 여부를 확인하는 중…</translation>
    </message>
    <message>
        <source>Choose a room type.</source>
        <translation>객실 유형을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) left</source>
        <translation>
            <numerusform>객실 %n개 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>sold out</source>
        <translation>만실</translation>
    </message>
    <message numerus="yes">
        <source>Room, %n night(s)</source>
        <translation>
            <numerusform>객실, %n박</numerusform>
        </translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>세금</translation>
    </message>
    <message>
        <source>Service fees</source>
        <translation>서비스 요금</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>This room type is sold out on at least one of these nights. Choose other dates or another room type.</source>
        <translation>이 객실 유형은 선택한 날짜 중 하루 이상 만실입니다. 다른 날짜나 다른 객실 유형을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>This room type sleeps at most %n guest(s).</source>
        <translation>
            <numerusform>이 객실 유형은 최대 %n명까지 투숙할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The booking was not saved.</source>
        <translation>예약이 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Not booked: %1 Nothing was saved; try again when the connection is back.</source>
        <translation>예약되지 않음: %1 아무것도 저장되지 않았습니다. 연결이 복구되면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Not booked: %1 The availability above has been refreshed.</source>
        <translation>예약되지 않음: %1 위의 예약 가능 여부를 새로 고쳤습니다.</translation>
    </message>
    <message>
        <source>The connection was closed; nothing can be booked from this window.</source>
        <translation>연결이 종료되어 이 창에서는 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of a night in the price breakdown</comment>
        <translation>M월 d일 (ddd)</translation>
    </message>
    <message>
        <source>The connection was closed; nothing was booked.</source>
        <translation>연결이 종료되어 예약되지 않았습니다.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수</translation>
    </message>
    <message>
        <source>guest@example.com (required)</source>
        <translation>guest@example.com (필수)</translation>
    </message>
    <message>
        <source>Saving the booking…</source>
        <translation>예약을 저장하는 중…</translation>
    </message>
    <message>
        <source>Waiting for the availability and the price of these nights…</source>
        <translation>이 날짜의 객실 현황과 요금을 기다리는 중…</translation>
    </message>
    <message>
        <source>No price for these nights yet: see the message above.</source>
        <translation>이 날짜의 요금이 아직 없습니다. 위의 메시지를 보세요.</translation>
    </message>
    <message>
        <source>Sold out on at least one of these nights: choose other dates or another room type.</source>
        <translation>이 중 하루 이상 매진입니다. 다른 날짜나 다른 객실 유형을 선택하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Too many guests for this room type: it sleeps at most %n.</source>
        <translation>
            <numerusform>이 객실 유형에는 투숙객이 너무 많습니다. 최대 %n명까지 묵을 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the guest&apos;s name to confirm.</source>
        <translation>확정하려면 투숙객 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s e-mail address to confirm.</source>
        <translation>확정하려면 투숙객 이메일 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>The e-mail address looks incomplete; it should look like name@example.com.</source>
        <translation>이메일 주소가 불완전해 보입니다. name@example.com 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>예약되지 않음: %1</translation>
    </message>
</context>
<context>
    <name>hotel::NightPriceDialog</name>
    <message>
        <source>Set price</source>
        <translation>요금 설정</translation>
    </message>
    <message>
        <source>Room type:</source>
        <translation>객실 유형:</translation>
    </message>
    <message>
        <source>Nights:</source>
        <translation>숙박일:</translation>
    </message>
    <message>
        <source>&amp;Price per night (%1):</source>
        <translation>1박 요금(%1)(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Set price</source>
        <translation>요금 설정(&amp;S)</translation>
    </message>
    <message>
        <source>Enter a price above zero and at most %1, like %2.</source>
        <translation>0보다 크고 %1 이하인 요금을 입력하세요(예: %2).</translation>
    </message>
</context>
<context>
    <name>hotel::PriceTableModel</name>
    <message>
        <source>Was %1; not saved yet</source>
        <translation>이전 %1, 아직 저장되지 않음</translation>
    </message>
    <message>
        <source>%1 booked, %2 blocked, of %3</source>
        <translation>%3개 중 %1개 예약, %2개 판매 중지</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>숙박일</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>요일</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>예약</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>객실 점유율 %</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>요금(%1)</translation>
    </message>
</context>
<context>
    <name>hotel::PricesView</name>
    <message>
        <source> nights</source>
        <translation>박</translation>
    </message>
    <message>
        <source>Room &amp;type:</source>
        <translation>객실 유형(&amp;T):</translation>
    </message>
    <message>
        <source>Nightly price</source>
        <translation>1박 요금</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>숙박일</translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation>객실 점유율 %</translation>
    </message>
    <message>
        <source>&amp;Weekends only (Fri, Sat)</source>
        <translation>주말만(금, 토)(&amp;W)</translation>
    </message>
    <message>
        <source>Selected nights (all when none):</source>
        <translation>선택한 날짜(선택이 없으면 전체):</translation>
    </message>
    <message>
        <source>Prices are read-only: only revenue managers and administrators change them.</source>
        <translation>요금은 읽기 전용입니다. 수익 관리자와 관리자만 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Unsaved prices</source>
        <translation>저장되지 않은 요금</translation>
    </message>
    <message numerus="yes">
        <source>Discard the %n unsaved price change(s)?</source>
        <translation>
            <numerusform>저장되지 않은 요금 변경 %n건을 버리시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Prices not saved</source>
        <translation>요금이 저장되지 않음</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) saved.</source>
        <translation>
            <numerusform>요금 %n건을 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>시작일(&amp;M):</translation>
    </message>
    <message>
        <source>Raise / &amp;lower by</source>
        <translation>인상 / 인하(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Set to</source>
        <translation>설정값(&amp;S)</translation>
    </message>
    <message>
        <source>R&amp;evert</source>
        <translation>되돌리기(&amp;E)</translation>
    </message>
    <message>
        <source>Save pri&amp;ces</source>
        <translation>요금 저장(&amp;C)</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>요금(%1)</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>예: %1</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date format of the prices chart&apos;s axis</comment>
        <translation>M월 d일 (ddd)</translation>
    </message>
    <message>
        <source>Enter a price such as %1, at most %2.</source>
        <translation>%1 같은 요금을 입력하세요. 최대 %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more night(s)</source>
        <translation>
            <numerusform>외 %n박</numerusform>
        </translation>
    </message>
    <message>
        <source>Unusual prices</source>
        <translation>평소와 다른 요금</translation>
    </message>
    <message numerus="yes">
        <source>%n night(s) would get a price of zero or far from the usual one:</source>
        <translation>
            <numerusform>%n박의 요금이 0이거나 평소 요금과 크게 다릅니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>The usual price of %1 over these nights is %2 (the median). Save anyway?</source>
        <translation>이 기간 %1의 평소 요금은 %2(중앙값)입니다. 그래도 저장할까요?</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>그래도 저장(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Check the prices</source>
        <translation>요금 확인(&amp;C)</translation>
    </message>
    <message>
        <source>Prices not saved: check the unusual ones first.</source>
        <translation>요금이 저장되지 않았습니다. 평소와 다른 요금을 먼저 확인하세요.</translation>
    </message>
</context>
<context>
    <name>hotel::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Revenue manager</source>
        <translation>수익 관리자</translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation>프런트 데스크</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>투숙객</translation>
    </message>
</context>
<context>
    <name>hotel::RoomBlockDialog</name>
    <message>
        <source>Block rooms</source>
        <translation>객실 판매 중지</translation>
    </message>
    <message>
        <source>Unblock rooms</source>
        <translation>객실 판매 재개</translation>
    </message>
    <message>
        <source>Room type:</source>
        <translation>객실 유형:</translation>
    </message>
    <message>
        <source>Nights:</source>
        <translation>숙박일:</translation>
    </message>
    <message>
        <source>No room is free on every selected night, so none can be blocked.</source>
        <translation>선택한 모든 날짜에 비어 있는 객실이 없어 판매를 중지할 수 없습니다.</translation>
    </message>
    <message>
        <source>Not every selected night has blocked rooms, so none can be unblocked.</source>
        <translation>선택한 날짜 중 판매 중지된 객실이 없는 날이 있어 판매를 재개할 수 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>판매 중지(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation>판매 재개(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Rooms to block:</source>
        <translation>판매 중지할 객실 수(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Rooms to unblock:</source>
        <translation>판매 재개할 객실 수(&amp;R):</translation>
    </message>
</context>
<context>
    <name>hotel::StartOptions</name>
    <message>
        <source>Hotel Portal: availability, bookings, front desk and prices for hotel staff.</source>
        <translation>호텔 포털: 호텔 직원을 위한 객실 현황, 예약, 프런트 데스크, 요금 관리.</translation>
    </message>
    <message>
        <source>Open the offline demo (sample hotels on this computer).</source>
        <translation>오프라인 데모(이 컴퓨터의 샘플 호텔)를 엽니다.</translation>
    </message>
    <message>
        <source>Work directly on a database: postgresql://user@host:port/database or sqlite:///path/file.sqlite.</source>
        <translation>데이터베이스에 직접 연결합니다: postgresql://user@host:port/database 또는 sqlite:///path/file.sqlite.</translation>
    </message>
    <message>
        <source>Work through a booking server, e.g. https://bookings.example.com.</source>
        <translation>예약 서버를 통해 작업합니다(예: https://bookings.example.com).</translation>
    </message>
    <message>
        <source>Choose one of --demo, --db and --server.</source>
        <translation>--demo, --db, --server 중 하나만 선택하세요.</translation>
    </message>
    <message>
        <source>--db: %1</source>
        <translation>--db: %1</translation>
    </message>
    <message>
        <source>--server: expected an http:// or https:// address.</source>
        <translation>--server: http:// 또는 https:// 주소가 필요합니다.</translation>
    </message>
</context>
</TS>
