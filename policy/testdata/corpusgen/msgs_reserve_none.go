package main

// Reserve set, label none. Everything here is invented.

func reserveNone() {
	raw(R, None, "vendor-demo-scheduling", `
From: "Tess Garroway" <tess.garroway@chairside-soft.example.com>
To: "Lakeshore Smiles Front Office" <frontoffice@lakeshore-smiles.example.com>
Subject: ChairSide Scheduler demo - does Tue 3/18 at 12:30 work?
Date: Tue, 11 Mar 2025 10:14:22 -0500

Hi Renata,

Thanks for filling out the form on our site. I'd love to walk you and
Dr. Okafor-Lind through ChairSide Scheduler. The demo takes about 45
minutes and we usually cover:

  - online booking and the waitlist view
  - operatory and hygienist column setup
  - text/e-mail reminder settings
  - reporting (production by provider, no-show rate)

Would Tuesday 3/18 at 12:30 CT work, since that's your lunch block? If
not, Thursday 3/20 at 8:00 or 12:30 are open too. I'll send a video
link once we pick a time. It would help to know how many operatories
you run and whether you plan to keep your current imaging bridge.

No prep needed on your side.

Best,
Tess Garroway
Account Executive, ChairSide Software
555-0143 | tess.garroway@chairside-soft.example.com
`)

	add(R, None, "garage-resurfacing-closures", &Msg{
		From:    `"Facilities Management" <facilities@harrowgate.example.org>`,
		To:      `"All Staff" <allstaff@harrowgate.example.org>`,
		Subject: "Garage B resurfacing - level closures April 7-18",
		Date:    "Mon, 31 Mar 2025 07:45:10 -0500",
		Root: html(`<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Good morning,</p>
<p>Garage B (the visitor and staff garage on Larkspur Avenue) will be resurfaced
and restriped in stages. One level at a time will be closed. Please follow the
signs and do not move the cones.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>Level</th><th>Closed</th><th>Park instead</th></tr>
<tr><td>P1 (visitor)</td><td>Mon 4/7 - Wed 4/9</td><td>Valet at main entrance (free for visitors)</td></tr>
<tr><td>P2</td><td>Thu 4/10 - Sat 4/12</td><td>Garage A, levels 3-4</td></tr>
<tr><td>P3</td><td>Mon 4/14 - Wed 4/16</td><td>Overflow lot C, shuttle every 10 min</td></tr>
<tr><td>Roof</td><td>Thu 4/17 - Fri 4/18</td><td>Overflow lot C</td></tr>
</table>
<p>The lot C shuttle runs 5:30 a.m. to 8:30 p.m. and stops at the north
entrance and the Medical Office Building. Night shift staff can call Security
at 555-0110 for an escort from lot C after 8:30 p.m.</p>
<p>EV chargers on P2 will be out of service 4/10-4/12.</p>
<p>Thank you,<br>Facilities Management<br>Harrowgate Health</p>
</body></html>
`),
	})

	raw(R, None, "payroll-timesheets-holiday-week", `
From: "Payroll Services" <payroll@harrowgate.example.org>
To: "All Hourly Staff" <hourly-staff@harrowgate.example.org>
Subject: Timesheets due Tuesday 9 a.m. (Memorial Day week)
Date: Wed, 21 May 2025 15:02:44 -0500

Hello everyone,

Because of the Memorial Day holiday on Monday 5/26, the pay period that
ends Saturday 5/24 will close on Tuesday 5/27 at 9:00 a.m. instead of
Monday.

Employees:
  * Review and submit your timecard in TimeLedger by end of shift Saturday.
  * If you work on Memorial Day, punch as usual. Holiday premium (1.5x)
    is added automatically; do not enter it yourself.
  * If you are off on the holiday and eligible for holiday pay, the HOL
    code (8 hours, or your FTE equivalent) is added for you.

Managers:
  * Approve all timecards by Tuesday 5/27, 9:00 a.m.
  * Missed punches must be corrected before approval.

Pay date is unchanged: Friday 5/30. Direct deposit statements will be in
the employee self-service portal Thursday evening.

Questions: payroll@harrowgate.example.org or 555-0127.

Payroll Services
`)

	add(R, None, "conference-hotel-shuttle", &Msg{
		Date:    "Wed, 19 Mar 2025 09:30:00 -0500",
		From:    `"MDEF 2025 Logistics" <logistics@mdef-conf.example.org>`,
		To:      `"Registered attendees" <attendees@mdef-conf.example.org>`,
		Subject: "MDEF 2025: hotel block closes April 4, shuttle times",
		Root: alt(
			text(`Midwest Dental Educators Forum 2025
Riverside Convention Center, April 24-26

HOTEL
The group rate ($179/night) at the Grand Tamarack Hotel ends Friday,
April 4, or when the block sells out. Use code MDEF25 when you book.

SHUTTLE (hotel <-> convention center)
  Thu 4/24  6:45 a.m. - 7:30 p.m., every 20 minutes
  Fri 4/25  6:45 a.m. - 10:30 p.m. (late run after the awards dinner)
  Sat 4/26  7:00 a.m. - 2:00 p.m.

REGISTRATION DESK
Opens Thursday 7:00 a.m., hall B lobby. Bring your QR code.

CE CREDIT
Sign in at every session; certificates are e-mailed within two weeks.

Questions: logistics@mdef-conf.example.org or 555-0177.
`),
			html(`<html><body>
<h2 style="color:#1d4f7a">Midwest Dental Educators Forum 2025</h2>
<p>Riverside Convention Center, April 24&ndash;26</p>
<h3>Hotel</h3>
<p>The group rate ($179/night) at the Grand Tamarack Hotel ends <b>Friday,
April 4</b>, or when the block sells out. Use code <b>MDEF25</b>.</p>
<h3>Shuttle</h3>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Day</th><th>Hours</th><th>Frequency</th></tr>
<tr><td>Thu 4/24</td><td>6:45 a.m. &ndash; 7:30 p.m.</td><td>every 20 min</td></tr>
<tr><td>Fri 4/25</td><td>6:45 a.m. &ndash; 10:30 p.m.</td><td>every 20 min, late run after awards dinner</td></tr>
<tr><td>Sat 4/26</td><td>7:00 a.m. &ndash; 2:00 p.m.</td><td>every 30 min</td></tr>
</table>
<h3>Registration desk</h3>
<p>Opens Thursday 7:00 a.m., hall B lobby. Bring your QR code.</p>
<h3>CE credit</h3>
<p>Sign in at every session; certificates are e-mailed within two weeks.</p>
<p>Questions: logistics@mdef-conf.example.org or 555-0177.</p>
</body></html>
`)),
	})

	add(R, None, "shiftboard-release-notes", &Msg{
		Date:    "Tue, 27 May 2025 08:10:00 -0500",
		From:    `"ShiftBoard Product Team" <releases@shiftboard-app.example.net>`,
		To:      `"Staffing Office" <staffing@harrowgate.example.org>`,
		Subject: "ShiftBoard 5.3.0 is live - release notes",
		Root: mixed(
			text(`Hello,

ShiftBoard 5.3.0 was deployed to your production tenant last night at
02:00 CT. No downtime was recorded. Highlights are below; the full
change log is attached.

  - Shift swap requests can now be approved from the mobile app.
  - Single sign-on: SAML metadata refresh no longer needs a support ticket.
  - Float pool view groups open shifts by unit and skill.
  - Fixed: overtime warning appeared twice for 12-hour shifts.

Your next scheduled maintenance window is Sunday, June 8, 01:00-03:00 CT.

The ShiftBoard team
`),
			attachText("text/markdown", "CHANGELOG-5.3.0.md", `# ShiftBoard 5.3.0

## New
- Mobile: approve or decline shift swap requests (managers only).
- Float pool board: open shifts grouped by unit and skill tag.
- Export schedule to iCalendar per user.

## Changed
- SAML metadata is refreshed nightly from the IdP URL.
- Minimum password length for local accounts raised to 14.

## Fixed
- SB-4412 Duplicate overtime warning for 12-hour shifts.
- SB-4420 Time zone shown as UTC in the audit log export.
- SB-4431 Self-scheduling window closed one day early in leap years.

## Deprecated
- The v1 REST endpoints will be removed in 6.0 (Q1 2026).
`, "7bit"),
		),
	})

	add(R, None, "foundation-gala-invitation", &Msg{
		Date:    "Thu, 20 Mar 2025 10:00:00 -0500",
		From:    `"Harrowgate Health Foundation" <events@harrowgatefoundation.example.org>`,
		To:      `"Corinne Ashdown" <corinne.ashdown@example.net>`,
		Subject: "You're invited: Starlight Gala, Saturday May 17",
		Root: mixed(
			alt(
				text(`Dear Corinne,

Please join us for the 22nd annual Starlight Gala on Saturday, May 17,
at the Lindenwood Pavilion. Cocktails begin at 6:00 p.m., dinner at 7:15.

This year's gala supports the new pediatric playroom and the family
lodging program. Tickets are $250 per person; tables of ten are $2,300.

RSVP by May 2 at starlight.example.org or call 555-0192.

Black tie optional. Valet parking is included.

With gratitude,
Marguerite Oyelaran
Director of Special Events
`),
				html(`<html><body style="text-align:center;font-family:Georgia,serif">
<h1 style="color:#2b2a5e">Starlight Gala</h1>
<p>Saturday, May 17 &middot; Lindenwood Pavilion</p>
<p>Cocktails 6:00 p.m. &middot; Dinner 7:15 p.m.</p>
<p>Supporting the new pediatric playroom and the family lodging program.</p>
<p><b>Tickets $250</b> &middot; Tables of ten $2,300</p>
<p><a href="https://starlight.example.org/rsvp">RSVP by May 2</a> or call 555-0192</p>
<p style="font-size:12px">Black tie optional. Valet parking included.</p>
</body></html>
`)),
			attach("text/calendar; method=PUBLISH", "starlight-gala.ics", ics(`
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Harrowgate Foundation//Events//EN
METHOD:PUBLISH
BEGIN:VEVENT
UID:gala-2025-0517@harrowgatefoundation.example.org
DTSTAMP:20250320T150000Z
DTSTART:20250517T230000Z
DTEND:20250518T040000Z
SUMMARY:Starlight Gala
LOCATION:Lindenwood Pavilion
DESCRIPTION:Cocktails 6:00 p.m.\, dinner 7:15 p.m. Black tie optional.
END:VEVENT
END:VCALENDAR
`)),
		),
	})

	add(R, None, "cafeteria-menu-spanish", &Msg{
		Date:    "Fri, 07 Mar 2025 14:20:00 -0600",
		From:    `"Servicios de Alimentación" <cafeteria@harrowgate.example.org>`,
		To:      `"Personal Harrowgate" <allstaff@harrowgate.example.org>`,
		Subject: "Menú semanal de la cafetería – semana del 10 de marzo",
		Root: html(`<html><body style="font-family:Verdana,sans-serif">
<p>¡Buenos días a todos!</p>
<p>Este es el menú de la cafetería Los Robles para la semana del 10 al 14 de marzo.
El menú del día cuesta $7.50 e incluye bebida.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Día</th><th>Plato principal</th><th>Opción vegetariana</th><th>Sopa</th></tr>
<tr><td>Lunes</td><td>Pollo asado con arroz</td><td>Enchiladas de frijol</td><td>Sopa de tortilla</td></tr>
<tr><td>Martes</td><td>Tacos de carnitas</td><td>Tacos de coliflor</td><td>Crema de calabaza</td></tr>
<tr><td>Miércoles</td><td>Pescado empanizado</td><td>Pasta primavera</td><td>Sopa de lentejas</td></tr>
<tr><td>Jueves</td><td>Carne guisada</td><td>Chiles rellenos de queso</td><td>Caldo de verduras</td></tr>
<tr><td>Viernes</td><td>Paella de mariscos</td><td>Paella de verduras</td><td>Gazpacho</td></tr>
</table>
<p>Horario: desayuno de 6:30 a 10:00, almuerzo de 11:00 a 14:30, cena de 17:00 a 19:30.
El turno de noche puede usar las máquinas del segundo piso.</p>
<p>¿Sugerencias? Escríbanos o llame al 555-0125.</p>
<p>Equipo de Servicios de Alimentación</p>
</body></html>
`),
	})

	raw(R, None, "interpreter-team-meeting-vi", `
From: "Đoàn Thị Mỹ Hạnh" <hanh.doan@harrowgate.example.org>
To: "Nhóm thông dịch tiếng Việt" <vi-interpreters@harrowgate.example.org>
Subject: Họp nhóm thông dịch viên – thứ Năm 20/3 lúc 14:00
Date: Thu, 13 Mar 2025 09:05:00 -0500

Chào cả nhóm,

Buổi họp tháng này của nhóm thông dịch viên sẽ diễn ra vào thứ Năm,
ngày 20/3, từ 14:00 đến 15:00 tại phòng họp B2 (tầng trệt, cạnh thư
viện). Ai đang làm ca ở cơ sở ngoài có thể tham gia qua video.

Nội dung chính:
1. Hệ thống xếp lịch mới: từ ngày 1/4, mọi yêu cầu thông dịch sẽ được
   nhận qua cổng LinguaDesk thay cho email.
2. Thiết bị thông dịch video từ xa: đã có thêm 6 xe đẩy máy tính bảng
   cho khoa Cấp cứu và khu Sản. Vui lòng cắm sạc sau mỗi ca.
3. Khóa đào tạo bắt buộc hằng năm về bảo mật thông tin – hạn chót 30/4.
4. Lịch nghỉ lễ 30/4 và 1/5: ai muốn đổi ca xin báo trước ngày 10/4.

Nếu có câu hỏi, gọi cho tôi ở số 555-0158.

Cảm ơn mọi người,
Đoàn Thị Mỹ Hạnh
Trưởng nhóm Dịch vụ Ngôn ngữ
`)

	raw(R, None, "transport-van-maintenance", `
From: "Rudy Castellanos" <rcastellanos@swiftcare-transport.example.com>
To: "Dispatch" <dispatch@swiftcare-transport.example.com>
Cc: "Fleet" <fleet@swiftcare-transport.example.com>
Subject: Vans 12 and 15 out for service Wed - adjust crew assignments
Date: Mon, 19 May 2025 16:40:00 -0500

Dispatch,

Van 12 (wheelchair lift) goes to Tri-County Fleet at 7 a.m. Wednesday
for the lift hydraulics and the 60k service. Van 15 follows at noon for
brakes and new tires. Expect both back Thursday by 10 a.m.

For Wednesday:
  - Crew Mendez/Tran move to van 9 (also lift-equipped).
  - Crew Abernathy/Soto take sedan 4 for the afternoon ambulatory runs.
  - Keep van 7 as the spare; its inspection sticker is good until August.

Reminder to all drivers: pre-trip checklist in the app before the first
pickup, and fuel cards need the odometer reading or the charge declines.

Thanks,
Rudy Castellanos
Fleet Supervisor, SwiftCare Transport
555-0148
`)

	add(R, None, "mfa-enrollment-notice", &Msg{
		Date:    "Mon, 07 Apr 2025 08:00:00 -0500",
		From:    `"Information Services" <is-announce@harrowgate.example.org>`,
		To:      `"All Staff" <allstaff@harrowgate.example.org>`,
		Subject: "Action needed by April 30: set up multi-factor sign-in",
		Root: b64(html(`<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p>Hello,</p>
<p>To protect our systems, Information Services is turning on multi-factor
sign-in for e-mail, the intranet and remote access. <b>Please enroll by
Wednesday, April 30.</b> After that date you will be prompted to enroll at
your next sign-in and cannot skip it.</p>
<ol>
<li>On a hospital computer, open the intranet and choose <i>My Account</i> &gt; <i>Security info</i>.</li>
<li>Install the authenticator app on your phone, or choose a text message option.</li>
<li>Scan the code on screen and approve the test prompt.</li>
</ol>
<p>We will never ask you for your password or a code by e-mail or phone.
Walk-up help is available in the main cafeteria on April 14, 16 and 22,
10 a.m. to 2 p.m.</p>
<p>Service Desk: 555-0100, option 2</p>
</body></html>
`)),
	})

	raw(R, None, "didactics-room-change-reply", `
From: "Noor Habibi" <nhabibi@stmarren-gme.example.org>
To: "Lucas Ferreira-Hale" <lferreira@stmarren-gme.example.org>
Cc: "IM Chiefs" <im-chiefs@stmarren-gme.example.org>
Subject: Re: Thursday didactics - room change?
Date: Wed, 09 Apr 2025 07:58:00 -0500
In-Reply-To: <gme-2291.lfh@stmarren-gme.example.org>
References: <gme-2288.nh@stmarren-gme.example.org> <gme-2291.lfh@stmarren-gme.example.org>

Confirmed with AV - we have Auditorium C from 12 to 2 on Thursday. I'll
put a sign on the door of 4B. Lunch order moves there too.

Noor

On Tue, Apr 8, 2025 at 4:51 PM Lucas Ferreira-Hale wrote:
> Noor, 4B is double-booked Thursday (nursing skills fair). Can we grab
> Auditorium C? We have ~35 residents plus the two visiting speakers.
>
> The board review session will still be the second hour.
>
> Lucas
>
>> On Mon, Apr 7, 2025 at 9:12 AM Noor Habibi wrote:
>> Reminder: Thursday noon conference is in 4B this month. Topic is
>> "Interpreting pulmonary function tests" followed by board review.
>> Please bring laptops for the question bank.
`)

	add(R, None, "brand-guidelines-update", &Msg{
		Date:    "Tue, 15 Apr 2025 10:53:00 -0500",
		From:    `"Marketing & Communications" <brand@harrowgate.example.org>`,
		To:      `"Department Administrators" <dept-admins@harrowgate.example.org>`,
		Subject: "Updated brand guidelines (v2) - new logo lockups and templates",
		Root: mixed(
			text(`Hi all,

Attached is version 2 of the Harrowgate Health brand guidelines. The main
changes are the new horizontal logo lockup, a slightly darker teal for
accessibility contrast, and updated PowerPoint and flyer templates on the
intranet brand page.

Please stop using the 2019 templates by July 1. If you order printed
materials, send the proof to us first and we'll turn it around in two
business days.

Thanks,
Jolene Whitcombe
Brand Manager | 555-0136
`),
			attach("application/pdf", "Harrowgate_Brand_Guidelines_v2.pdf", pdfDoc("Harrowgate Health Brand Guidelines v2", pdfLines(`Harrowgate Health - Brand Guidelines, version 2 (March 2025)

1. Logo
   Primary lockup: horizontal, symbol left of wordmark.
   Clear space: height of the letter H on all sides.
   Minimum width: 1.25 in print, 140 px on screen.

2. Color
   Harrowgate Teal  #00646E  (was #00808A)
   Slate            #37424A
   Warm Sand        #E9DCC9
   Accent Coral     #E8735A (sparingly)

3. Typography
   Headlines: Source Serif, semibold
   Body: Inter, regular, 10-12 pt

4. Templates
   PowerPoint 16:9, letterhead, flyer (letter and tabloid),
   e-mail signature, name badge.

5. Approval
   All external materials go to Marketing & Communications for review.
`), false)),
		),
	})

	raw(R, None, "potluck-signup-tagalog", `
From: "Marivic Dalisay" <mdalisay@harrowgate.example.org>
To: "Central Stores" <central-stores@harrowgate.example.org>
Subject: Salu-salo sa Biyernes – pakilista ang dadalhin ninyo
Date: Mon, 09 Jun 2025 10:15:00 -0500

Magandang araw sa lahat!

Sa darating na Biyernes, Hunyo 13, magkakaroon tayo ng potluck sa break
room sa 3rd floor mula 12:00 hanggang 2:00 ng hapon para ipagdiwang ang
pagtatapos ng inventory audit. Pakisulat sa shared sheet kung ano ang
dadalhin ninyo para hindi magdoble ang pagkain:

  - Ulam (adobo, kare-kare, pancit, atbp.)
  - Kanin – si Mang Ernesto na ang bahala
  - Panghimagas (leche flan, biko, ube halaya)
  - Inumin at yelo

May microwave at rice cooker sa break room. Pakilagyan ng pangalan ang
mga lalagyan ninyo para madaling maibalik.

Salamat po!
Marivic Dalisay
Supply Chain – Central Stores
loc. 555-0134
`)

	add(R, None, "cleaning-schedule-polish", &Msg{
		Date:    "Tue, 25 Mar 2025 13:00:00 -0500",
		From:    `"Agnieszka Borowiec" <a.borowiec@czystydom-serwis.example.com>`,
		To:      `"Grzegorz Wilk" <gwilk@harrowgate.example.org>`,
		Cc:      `"Facilities Management" <facilities@harrowgate.example.org>`,
		Subject: "Harmonogram sprzątania – zmiany od 1 kwietnia",
		Root:    rsvPart("text/plain", "iso-8859-2", "quoted-printable", rsvPlCleaning),
	})

	add(R, None, "delegation-visit-korean", &Msg{
		Date:    "Wed, 02 Apr 2025 11:00:00 -0400",
		From:    `"서지훈" <jihoon.seo@stmarren-gme.example.org>`,
		To:      `"시뮬레이션센터" <simcenter@stmarren-gme.example.org>`,
		Subject: "해외 의학교육 방문단 일정 안내 (4월 9일)",
		Root: alt(
			text(`안녕하세요, 시뮬레이션센터 선생님들께.

4월 9일(수) 협력 대학교 의과대학 방문단 8명이 우리 병원 의학교육
시뮬레이션센터를 방문합니다. 일정은 다음과 같습니다.

09:30  본관 1층 로비 집결 및 출입증 배부
10:00  교육부장 환영 인사 및 기관 소개 (대회의실)
10:40  시뮬레이션센터 견학 – 술기 훈련실, 디브리핑실
12:00  직원식당 점심
13:30  전공의 교육과정 간담회
15:00  해산

통역은 국제협력팀에서 지원합니다. 견학 중 사진 촬영은 가능하지만
진료 구역은 방문 경로에 포함되지 않습니다.

문의: 국제협력팀 서지훈 (555-0172)
`),
			html(`<html><body>
<p>안녕하세요, 시뮬레이션센터 선생님들께.</p>
<p>4월 9일(수) 협력 대학교 의과대학 방문단 8명이 의학교육 시뮬레이션센터를 방문합니다.</p>
<table border="1" cellpadding="4">
<tr><th>시간</th><th>일정</th></tr>
<tr><td>09:30</td><td>본관 1층 로비 집결 및 출입증 배부</td></tr>
<tr><td>10:00</td><td>교육부장 환영 인사 및 기관 소개 (대회의실)</td></tr>
<tr><td>10:40</td><td>시뮬레이션센터 견학 – 술기 훈련실, 디브리핑실</td></tr>
<tr><td>12:00</td><td>직원식당 점심</td></tr>
<tr><td>13:30</td><td>전공의 교육과정 간담회</td></tr>
<tr><td>15:00</td><td>해산</td></tr>
</table>
<p>통역은 국제협력팀에서 지원합니다. 진료 구역은 방문 경로에 포함되지 않습니다.</p>
<p>문의: 국제협력팀 서지훈 (555-0172)</p>
</body></html>
`)),
	})

	raw(R, None, "volunteer-orientation-creole", `
From: "Ketly Désir-Fontaine" <kdesir@harrowgatefoundation.example.org>
To: "Nouvo volontè" <new-volunteers@harrowgatefoundation.example.org>
Subject: Oryantasyon pou nouvo volontè yo – samdi 12 avril
Date: Mon, 31 Mar 2025 10:00:00 -0500

Bonjou tout moun,

Mèsi paske nou vle bay tan nou kòm volontè nan Harrowgate Health.
Sesyon oryantasyon an ap fèt samdi 12 avril, de 9:00 a.m. rive
12:30 p.m., nan sal konferans Magnolia (premye etaj, antre prensipal).

Sa pou nou pote:
  - yon pyès idantite ak foto pou nou fè kat badj nou
  - soulye fèmen (pa gen sandal)
  - yon plim ak yon ti kaye

Pwogram nan:
  1. Byenvini ak prezantasyon fondasyon an
  2. Règ konfidansyalite ak sekirite
  3. Vizit nan lopital la: boutik kado, biwo resepsyon, jaden an
  4. Chwazi jou ak lè pou nou vin travay

Pakin lan gratis nan garaj A. Si nou gen kesyon, rele m nan 555-0119.

Ak tout respè,
Ketly Désir-Fontaine
Kowòdonatè Pwogram Volontè
`)

	add(R, None, "trap-dental-supply-order-qp", &Msg{
		Date:    "Fri, 09 May 2025 15:01:40 -0500",
		From:    `"Keystone Dental Supply" <orders@keystone-dental.example.com>`,
		To:      `"Lakeshore Smiles Dental" <frontoffice@lakeshore-smiles.example.com>`,
		Subject: "Order DS-2025-448173 has shipped",
		Root: qpBreaks("text/plain", "utf-8", `Thank you for your order!

Order number:   DS-2025-448¦173
PO number:      LS-77120
Account:        KDS-0093318
Ship to:        Lakeshore Smiles Dental, 2210 W Marlowe Ave, Suite 4,
                Fairhaven, IL 60999
Carrier:        UPS Ground
Tracking:       1Z 9W4 E71 03 4418 2260

Qty  SKU              Description                                    Price
  2  KDS-FV-5NAF-50   Fluoride varnish 5% sodium fluoride, 50 ct     $88.40
  4  KDS-ART4-EPI¦100  Articaine HCl 4% with epi¦nephrine 1:100,000,
                      50 cartridges                                  $312.00
 10  KDS-NIT-M        Nitrile exam gloves, medium, 200/box           $94.50
  1  KDS-PRO-MINT     Prophy paste, medium grit, mint, 200 cups      $31.95
  3  KDS-SUT-4-0-CG   Chromic gut suture 4-0, 12/box                 $67.20

Subtotal $594.05   Shipping $0.00   Tax $0.00 (exempt)   Total $594.05

Items with local anesthetic ship with a signature requirement. Invoice
INV-2025-118807 will be e-mailed separately; terms net 30.

Questions? Customer care 555-0106, Mon-Fri 7-6 CT.
`),
	})

	raw(R, None, "trap-helpdesk-ticket-uuid-pacs", `
From: "Service Desk" <servicedesk@harrowgate.example.org>
To: "Imaging IT" <imaging-it@harrowgate.example.org>
Subject: [INC0048813] Viewer freezes on study load - workstation RAD-WS-14
Date: Thu, 17 Apr 2025 08:22:51 -0500

Incident INC0048813 has been assigned to Imaging IT.

Priority:       P3 - single user, workaround available
Caller:         Reading room 2 (ext. 555-0167)
Configuration:  RAD-WS-14 (Dell Precision, Win 11 23H2)
Correlation ID: 6f1c2a9e-44b7-4d0e-9a3b-2c7e51d0a8f4
Session ID:     b2e8d4c1-07aa-4f63-8c19-e5d2f7a90b36
Build:          ClearView 11.4.2 (build 11.4.2.3387)

Description:
Viewer hangs for about 90 seconds when a large CT series (>1,500 images)
is opened from the worklist; CPU pegged at 100% on one core. Smaller
series load normally. Started after the 4/15 GPU driver push.

Workaround: open via the web viewer on the same workstation.

No screenshots containing study information were attached, per policy.

Log excerpt:
  2025-04-17T07:58:03.114Z WARN render.gpu  texture upload timeout (8000 ms)
  2025-04-17T07:58:11.551Z ERROR worker.7   heap 3.8 GB > soft limit 3.5 GB

-- Harrowgate Service Desk, 555-0100 option 2
`)

	raw(R, None, "trap-optometrist-signature-npi", `
From: "Corliss Vandermeer, OD" <cvandermeer@clearbrook-eye.example.com>
To: "Quality Committee" <quality@clearbrook-eye.example.com>
Subject: Quality committee 4/22 - agenda and pre-read
Date: Mon, 14 Apr 2025 16:20:00 -0500

Hi all,

We meet Tuesday 4/22 at 7:15 a.m. in the Ridgeline conference room
(coffee provided). Agenda:

  1. Diabetic eye exam closure rate - Q1 was 71% across both offices,
     goal is 75%. Ideas for the recall letters.
  2. Contact lens dispensing workflow after the new inventory system.
  3. OCT downtime log - three outages in March, vendor response.
  4. Survey results: 4.6 / 5 overall, 212 responses; wait time is still
     the top complaint.

Pre-read is on the shared drive under Quality > 2025 > April. Please
come with one idea for item 1.

Thanks,

Corliss Vandermeer, OD
Clinical Director, Clearbrook Eye Associates
NPI 1638294714
1180 Ridgeline Pkwy, Suite 200, Brookfield, WI 53999
Tel 555-0161 | Fax 555-0162
`)

	add(R, None, "trap-allergy-season-newsletter", &Msg{
		Date:    "Tue, 15 Apr 2025 06:00:00 -0400",
		From:    `"Birchfield Allergy & Asthma" <news@birchfield-allergy.example.com>`,
		To:      `"Newsletter subscribers" <subscribers@birchfield-allergy.example.com>`,
		Subject: "Spring pollen is here: your allergy season checklist",
		Root: alt(
			qpBreaks("text/plain", "utf-8", `BIRCHFIELD ALLERGY & ASTHMA - SPRING NEWSLETTER

Tree pollen counts passed 500 grains/m3 last week, the earliest peak in
six years. Here is our spring checklist.

1. Start your nasal steroid two weeks before symptoms usually begin.
   Over-the-counter options include fluti¦casone and triamcinolone sprays.
2. Non-drowsy antihistamines such as ceti¦rizine, loratadine and
   fexofenadine work best taken every day, not only on bad days.
3. If you have asthma, check that your rescue inhaler (albuterol) is not
   expired and that you know your action plan.
4. Anyone with a history of anaphylaxis should carry two epi¦nephrine
   auto-injectors. Many expire in spring; check the date.
5. Allergy shots (immunotherapy) reduce symptoms over 3-5 years. Ask us
   whether they are right for you.

Free community talk: "Allergies or a cold?" Thursday May 8, 6 p.m.,
Birchfield Library. No registration needed.

Office hours: Mon-Fri 7:30-5, Sat 8-12. Appointments: 555-0146.
To unsubscribe, reply STOP.
`),
			html(`<html><body style="font-family:Arial,sans-serif">
<h2>Spring pollen is here</h2>
<p>Tree pollen counts passed <b>500 grains/m&sup3;</b> last week, the earliest peak in six years.</p>
<ol>
<li>Start your nasal steroid (fluticasone, triamcinolone) two weeks before symptoms usually begin.</li>
<li>Non-drowsy antihistamines (cetirizine, loratadine, fexofenadine) work best taken every day.</li>
<li>Asthma? Check your albuterol inhaler&rsquo;s expiry date and your action plan.</li>
<li>History of anaphylaxis? Carry <b>two</b> epinephrine auto-injectors.</li>
<li>Ask us about allergy shots (immunotherapy).</li>
</ol>
<p>Free community talk: <i>Allergies or a cold?</i> Thursday May 8, 6 p.m., Birchfield Library.</p>
<p style="font-size:11px">Appointments: 555-0146. Reply STOP to unsubscribe.</p>
</body></html>
`)),
	})

	add(R, None, "trap-county-case-counts-csv", &Msg{
		Date:    "Tue, 22 Apr 2025 15:10:00 -0500",
		From:    `"Riverbend County Epidemiology" <epi@riverbend-county.example.gov.test>`,
		To:      `"Infection Prevention Partners" <ip-partners@riverbend-county.example.gov.test>`,
		Subject: "Q1 2025 notifiable condition summary (county totals)",
		Root: mixed(
			text(`Partners,

Attached are the provisional Q1 2025 county totals for selected
notifiable conditions, with Q4 2024 for comparison. Counts from 1 to 4
are suppressed (shown as <5) to protect privacy. Rates are per 100,000
residents (2024 population estimate 412,800).

Highlights:
  - Chlamydia and gonorrhea continue a slow decline.
  - New HIV diagnoses: 11 (Q4: 9).
  - Pertussis rose to 16, mostly in the northern school district;
    please review Tdap status in your prenatal clinics.

The dashboard will be updated on the county site Friday.

Riverbend County Department of Health, Epidemiology Unit
555-0111
`),
			attachText("text/csv", "riverbend_q1_2025_county_totals.csv", `condition,q1_2025,q4_2024,rate_per_100k_q1
Chlamydia,412,437,99.8
Gonorrhea,133,141,32.2
Syphilis (all stages),29,31,7.0
HIV (new diagnoses),11,9,2.7
Hepatitis C (acute and chronic),57,62,13.8
Salmonellosis,18,22,4.4
Pertussis,16,7,3.9
Lyme disease,<5,6,
Tuberculosis (active),<5,<5,
Measles,0,0,0.0
`, "7bit"),
		),
	})

	add(R, None, "trap-remote-monitoring-platform-ad", &Msg{
		Date:    "Wed, 07 May 2025 11:28:21 -0500",
		From:    `"Veridian CardioSystems" <marketing@veridian-cardio.example.com>`,
		To:      `"Device Clinic Manager" <deviceclinic@northvale-heart.example.org>`,
		Subject: "Cut remote-monitoring alert noise by 38% - webinar May 14",
		Root: b64(html(`<html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<table width="600" align="center" cellpadding="12"><tr><td>
<h1 style="color:#0a5c8a">PulseBridge&trade; Remote Clinic</h1>
<p>Device clinics following 1,000+ pacemakers, ICDs and insertable cardiac
monitors spend hours a day clearing non-actionable transmissions.</p>
<p><b>PulseBridge triage</b> groups alerts by clinical priority:</p>
<ul>
<li>AF burden and duration thresholds you set per device type</li>
<li>Battery at ERI / EOS and lead impedance trends</li>
<li>Ventricular episodes with stored EGMs</li>
</ul>
<p>In a 14-site evaluation, clinics saw <b>38% fewer non-actionable alerts</b>
and a median 2.1 hours saved per nurse per week (aggregate results; individual
results vary).</p>
<p><a href="https://veridian-cardio.example.com/webinar">Register for the May 14 webinar</a></p>
<p style="font-size:11px;color:#777">PulseBridge is a trademark of Veridian CardioSystems.
You received this because you attended HRS-style regional meetings. Unsubscribe at any time.</p>
</td></tr></table>
</body></html>
`)),
	})

	raw(R, None, "trap-addiction-psychiatry-job-posting", `
From: "Talent Acquisition" <careers@harrowgate.example.org>
To: "Physician Recruitment List" <recruit-list@harrowgate.example.org>
Subject: Now hiring: addiction psychiatrist and psychiatric NP (outpatient)
Date: Mon, 28 Apr 2025 09:00:00 -0500

Harrowgate Behavioral Health is growing its outpatient addiction and
psychiatry services and is hiring:

1) Addiction Psychiatrist (1.0 FTE), Job ID 25-0419
   - Board certified in psychiatry; addiction psychiatry fellowship or
     ABPN/ABPM addiction certification preferred
   - Outpatient MOUD clinic: buprenorphine induction and maintenance,
     extended-release naltrexone, coordination with the regional
     opioid treatment program for methadone
   - Consultation-liaison coverage for withdrawal management 1 week in 6

2) Psychiatric-Mental Health Nurse Practitioner (0.8-1.0 FTE), Job ID 25-0422
   - PMHNP-BC; 2+ years treating depression, anxiety disorders, bipolar
     disorder and ADHD in adults
   - Collaborative care model embedded in three primary-care clinics

We offer a four-day week option, $10,000 CME/relocation allowance,
loan-repayment eligibility and no inpatient call for the NP role.

Apply at careers.harrowgate.example.org or contact
Priyanka Osterhout, Physician Recruiter, 555-0181.

Harrowgate Health is an equal opportunity employer.
`)

	add(R, None, "trap-deidentified-trial-summary-pdf", &Msg{
		Date:    "Mon, 12 May 2025 17:45:00 -0400",
		From:    `"Yvette Brennan-Cho" <ybrennan@harrowgate-research.example.org>`,
		To:      `"VELTRAXA-2 Site Investigators" <vx2-investigators@harrowgate-research.example.org>`,
		Subject: "VELTRAXA-2 topline summary (aggregate) for Thursday's call",
		Root: mixed(
			text(`Dear investigators,

Attached is the sponsor's topline summary for VELTRAXA-2 ahead of
Thursday's investigator call (11:00 ET). The document contains aggregate
results only; no participant-level data, initials or site subject
numbers are included. Please do not forward outside the study team
until the public press release on May 20.

Best regards,
Yvette Brennan-Cho, CCRP
Clinical Research Coordinator, Dermatology Trials Unit
555-0174
`),
			attach("application/pdf", "VX2_topline_summary_aggregate.pdf", pdfDoc("VELTRAXA-2 Topline Summary", pdfLines(`VELTRAXA-2: Phase 2b, randomized, double-blind, placebo-controlled study
of VELTRAXA (investigational) in moderate-to-severe plaque psoriasis

TOPLINE SUMMARY - AGGREGATE DATA ONLY

Randomized: 212 (VELTRAXA 150 mg n=106, placebo n=106), 31 sites
Completed week 16: 194 (91.5%)

Primary endpoint, PASI-75 at week 16:
  VELTRAXA 61.3%   placebo 14.2%   difference 47.1 (95% CI 35.6-58.6), p<0.001
Key secondary, IGA 0/1 at week 16:
  VELTRAXA 48.1%   placebo 7.5%

Safety (any arm, >5%):
  nasopharyngitis 9.0%, headache 6.1%, injection-site erythema 5.7%
Serious adverse events: 2 (0.9%), neither assessed as related
Discontinuations for adverse events: 3 (1.4%)
No deaths.

Demographics: mean age 44.2 years; 58% male; mean baseline PASI 19.7

Next steps: end-of-phase-2 meeting Q3 2025.
`), true)),
		),
	})

	raw(R, None, "trap-irb-approval-prep-protocol", `
From: "Harrowgate IRB Office" <irb@harrowgate-research.example.org>
To: "Dr. Fenwick Osei" <fosei@harrowgate-research.example.org>
Cc: "Lourdes Maravilla" <lmaravilla@harrowgate-research.example.org>
Subject: IRB approval - HG-IRB-2025-0147 (text reminders and PrEP adherence)
Date: Fri, 28 Mar 2025 14:40:09 -0500

Protocol:       HG-IRB-2025-0147
Title:          Two-way text-message reminders to support PrEP adherence
                among young adults: a pilot randomized study
PI:             Fenwick Osei, MD, MPH
Review type:    Expedited, categories 5 and 7
Determination:  APPROVED
Approval date:  03/28/2025
Expiration:     03/27/2026 (continuing review due 02/25/2026)
Risk level:     Minimal risk
Enrollment cap: 120 participants

Approved documents:
  - Protocol v2.0 dated 03/14/2025
  - Consent form v2.1 (English and Spanish)
  - Recruitment flyer v1.3
  - Text message library v1.1
  - Baseline and 3-month surveys

Conditions of approval:
  1. Enrollment may begin only after the consent v2.1 stamp is applied.
  2. Participant data must be stored in the study REDCap project; do not
     send participant names, phone numbers or survey answers by e-mail.
  3. Report unanticipated problems within 5 business days.

This letter contains no participant information.

Harrowgate Health Institutional Review Board
555-0121
`)

	add(R, None, "trap-hl7-interface-spec-test-message", &Msg{
		Date:    "Wed, 02 Apr 2025 10:30:00 -0500",
		From:    `"Anika Thorvaldsen" <athorvaldsen@harrowgate.example.org>`,
		To:      `"Trillium Lab Interfaces" <interfaces@trillium-lab.example.net>`,
		Subject: "ORU results feed - spec v1.4 and sample TEST message",
		Root: mixed(
			text(`Hi Trillium team,

Spec v1.4 for the inbound ORU^R01 results feed is below, with one sample
message attached. The sample is synthetic TEST data (processing ID "T",
patient ZZTEST, MRN prefix TEST); please use the same conventions in the
test environment.

  Transport:      MLLP over TLS, port 6661 (test) / 6660 (prod)
  Version:        2.5.1
  MSH-11:         T in test, P in production
  PID-3:          our MRN, assigning authority HG, type MR
  OBR-4 / OBX-3:  LOINC required; local code in the second triplet
  OBX-8:          H, L, HH, LL, A or N
  ACK:            AA / AE / AR within 30 seconds, original mode

We'll reject any production-flagged message sent to the test port.

Thanks,
Anika Thorvaldsen
Integration Analyst, Harrowgate Health IS | 555-0128
`),
			hl7Part("application/hl7-v2", "sample_ORU_R01_TEST.hl7", hl7Text(`
MSH|^~\&|TRILLIUM_LIS|TRILLIUMLAB|HG_EHR|HARROWGATE|20250402101500||ORU^R01^ORU_R01|TEST000017|T|2.5.1
PID|1||TEST0001^^^HG^MR||ZZTEST^PATIENT^ONE||19000101|U
ORC|RE|TESTORD1|TESTFIL1
OBR|1|TESTORD1|TESTFIL1|2345-7^Glucose^LN|||20250402100000
OBX|1|NM|2345-7^Glucose^LN||100|mg/dL|70-99|H|||F
NTE|1||TEST MESSAGE - SYNTHETIC DATA - NOT A REAL PERSON
`)),
		),
	})

	add(R, None, "trap-fhir-endpoint-directory-json", &Msg{
		Date:    "Fri, 04 Apr 2025 11:12:00 -0500",
		From:    `"Trillium Lab Interfaces" <interfaces@trillium-lab.example.net>`,
		To:      `"Anika Thorvaldsen" <athorvaldsen@harrowgate.example.org>`,
		Subject: "FHIR test endpoints for the results pilot",
		Root: mixed(
			text(`Anika,

As requested, the directory entries for our FHIR R4 test environment are
attached (Organization + Endpoint resources). No clinical resources are
enabled on the test tenant yet; Patient and Observation reads will return
404 until we load the synthetic data set next week.

OAuth client registration: send us your JWKS URL and we'll issue the
client ID the same day.

Regards,
Bartholomew Ngata
Interface Engineer, Trillium Reference Laboratory
555-0166
`),
			attachText("application/fhir+json", "trillium_test_endpoints.json", `{
  "resourceType": "Bundle",
  "type": "collection",
  "meta": { "tag": [ { "system": "http://terminology.hl7.org/CodeSystem/v3-ActReason", "code": "HTEST", "display": "test health data" } ] },
  "entry": [
    {
      "resource": {
        "resourceType": "Organization",
        "id": "trillium-test",
        "active": true,
        "name": "Trillium Reference Laboratory (TEST)",
        "telecom": [ { "system": "phone", "value": "555-0166" } ],
        "address": [ { "line": [ "77 Quarry Road" ], "city": "Fairhaven", "state": "IL", "postalCode": "60999" } ]
      }
    },
    {
      "resource": {
        "resourceType": "Endpoint",
        "id": "trillium-fhir-r4-test",
        "status": "test",
        "connectionType": { "system": "http://terminology.hl7.org/CodeSystem/endpoint-connection-type", "code": "hl7-fhir-rest" },
        "name": "Trillium FHIR R4 (test tenant)",
        "managingOrganization": { "reference": "Organization/trillium-test" },
        "payloadType": [ { "text": "DiagnosticReport, Observation, ServiceRequest" } ],
        "payloadMimeType": [ "application/fhir+json" ],
        "address": "https://fhir-test.trillium-lab.example.net/r4"
      }
    },
    {
      "resource": {
        "resourceType": "Endpoint",
        "id": "trillium-smart-auth-test",
        "status": "test",
        "connectionType": { "system": "http://terminology.hl7.org/CodeSystem/endpoint-connection-type", "code": "hl7-fhir-rest" },
        "name": "Trillium SMART backend auth (test)",
        "payloadType": [ { "text": "none" } ],
        "address": "https://auth-test.trillium-lab.example.net/oauth2/token"
      }
    }
  ]
}
`, "7bit"),
		),
	})

	add(R, None, "trap-eob-template-placeholders", &Msg{
		Date:    "Mon, 16 Jun 2025 09:40:00 -0700",
		From:    `"Keelan Marsh" <kmarsh@evergreen-healthplan.example.com>`,
		To:      `"Proof Desk" <proofs@printwell-mailing.example.net>`,
		Subject: "Q3 member statement template - proof v4 approved with 2 edits",
		Root: mixed(
			text(`Hi Proof Desk,

Proof v4 of the Explanation of Benefits template is approved with two
edits (marked in the attached HTML):

  1. Move the "This is not a bill" banner above the claim table.
  2. Appeals paragraph: change "60 days" to "180 days".

All values in the proof are placeholders; the production merge file will
come through the SFTP drop as usual. Please send v5 by Wednesday.

Keelan Marsh
Member Communications, Evergreen Health Plan
555-0103
`),
			attachText("text/html", "statement_template_proof_v4.html", `<html><body style="font-family:Arial,sans-serif;font-size:12px">
<p style="background:#ffe9a8;padding:4px"><b>THIS IS NOT A BILL</b> <!-- EDIT 1: move above table --></p>
<h2>Explanation of Benefits</h2>
<table cellpadding="3">
<tr><td>Member:</td><td>{{MEMBER_FIRST_NAME}} {{MEMBER_LAST_NAME}}</td></tr>
<tr><td>Member ID:</td><td>XXXXXXXXXXX</td></tr>
<tr><td>Group:</td><td>{{GROUP_NUMBER}}</td></tr>
<tr><td>Claim number:</td><td>0000000000000</td></tr>
<tr><td>Provider:</td><td>{{RENDERING_PROVIDER}}</td></tr>
</table>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Date of service</th><th>Service</th><th>Billed</th><th>Allowed</th><th>Plan paid</th><th>You owe</th></tr>
<tr><td>MM/DD/YYYY</td><td>SAMPLE SERVICE DESCRIPTION</td><td>$0.00</td><td>$0.00</td><td>$0.00</td><td>$0.00</td></tr>
</table>
<p><b>Your right to appeal.</b> If you disagree with this decision you may file an appeal
within 60 days <!-- EDIT 2: 180 days --> of the date of this notice.</p>
<p>Questions? Call Member Services at the number on your ID card.</p>
</body></html>
`, "quoted-printable"),
		),
	})

	raw(R, None, "trap-be-patient-negative-balance", `
From: "Desmond Achterberg" <dachterberg@harrowgate.example.org>
To: "Cost Center Managers" <cc-managers@harrowgate.example.org>
Subject: Q2 close: new ledger go-live, please be patient
Date: Wed, 02 Jul 2025 16:05:00 -0500

Hi all,

The new general ledger went live on 6/30 and the first close is running
slower than planned. Please be patient with us through July 10; reports
will post 2-3 days later than usual.

Known issues:
  - Cost center 4410 (Outpatient Rehab) shows a negative balance of
    -$12,300 because a supply invoice was posted twice. The reversal is
    approved and will clear with the next batch.
  - Some "patient revenue" lines are split between old and new account
    strings. Totals are correct; only the drill-down looks odd.

The overall outlook is positive: Q2 volumes came in 6% above budget and
we expect a favorable variance for most departments.

Please review your preliminary report and send anything that looks off
to finance-help@harrowgate.example.org by 7/8.

Thanks for your patience,
Desmond Achterberg
Controller | 555-0124
`)

	raw(R, None, "trap-birthday-portuguese", `
From: "Tatiane Moura" <tmoura@harrowgate.example.org>
To: "Equipe de Faturamento" <billing-team@harrowgate.example.org>
Subject: Parabéns, Rosângela! Bolo na copa amanhã às 15h
Date: Fri, 11 Apr 2025 09:30:00 -0500

Oi, pessoal!

Amanhã, 12/04, a nossa querida Rosângela Vilaça completa 50 anos!
Ela nasceu em 12/04/1975 (sim, ela deixou a gente contar).

Vamos nos reunir na copa do 2º andar às 15h para cantar parabéns e
comer um bolo de fubá com goiabada. A vaquinha para o presente está
com a Júlia (ramal 555-0139) até hoje às 17h.

Não contem nada para ela!

Beijos,
Tati
`)

	add(R, None, "trap-dog-vaccine-reminder", &Msg{
		Date:    "Tue, 01 Apr 2025 07:00:00 -0400",
		From:    `"Maplewood Animal Clinic" <reminders@maplewood-vet.example.com>`,
		To:      `"Gwendolyn Arkwright" <g.arkwright@example.net>`,
		Subject: "Biscuit is due for his rabies and DHPP boosters",
		Root: html(`<html><body style="font-family:Trebuchet MS,sans-serif">
<p>Hi Gwendolyn,</p>
<p>Our records show that <b>Biscuit</b> is due for the following:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Service</th><th>Due date</th></tr>
<tr><td>Rabies (3-year)</td><td>04/15/2025</td></tr>
<tr><td>DHPP booster</td><td>04/15/2025</td></tr>
<tr><td>Heartworm test (annual)</td><td>04/15/2025</td></tr>
<tr><td>Dental cleaning exam</td><td>06/2025</td></tr>
</table>
<p>Patient: Biscuit &middot; Beagle, male (neutered) &middot; born 06/2019 &middot; Patient ID MAC-48812</p>
<p>His Apoquel refill for seasonal itching is also ready to reorder in our online pharmacy.</p>
<p>Book online at maplewood-vet.example.com or call 555-0153.</p>
<p>Wags,<br>The Maplewood Animal Clinic team</p>
</body></html>
`),
	})

	raw(R, None, "trap-softball-league-results", `
From: "HG Intramurals" <intramurals@harrowgate.example.org>
To: "Softball League" <softball@harrowgate.example.org>
Subject: Week 3 results and standings
Date: Fri, 13 Jun 2025 08:00:00 -0500

Week 3 results (Riverside Park fields):

  Radiology Rays        9   Cardiology Hearts      4
  Pharmacy Pill Pushers 11  Facilities Fixers     10  (8 inn.)
  Night Shift Owls      6   IT Help Desk           5

MVP of the week: Desmond from Pharmacy, 3-for-3 with a grand slam.
Best catch: Yolanda (Facilities) in left field in the 7th.

Standings        W  L
  Radiology      3  0
  Pharmacy       2  1
  Night Owls     2  1
  Cardiology     1  2
  Facilities     1  2
  IT Help Desk   0  3

Week 4 (Thursday 6:30 p.m.): Rays vs Owls on field 1, Hearts vs
Fixers on field 2, Pill Pushers vs Help Desk on field 3.

Bring water - it's supposed to be 90 degrees. Pizza after at Sal's.
`)

	add(R, None, "trap-flu-clinic-flyer-big5", &Msg{
		Date:    "Mon, 22 Sep 2025 10:00:00 -0700",
		From:    `"和安社區健康中心" <outreach@hoan-chc.example.org>`,
		To:      `"社區通訊名單" <community-list@hoan-chc.example.org>`,
		Subject: "免費流感及新冠疫苗接種日 – 十月三個星期六",
		Root:    rsvPart("text/plain", "big5", "quoted-printable", rsvB5Flu),
	})

	add(R, None, "trap-x12-999-acknowledgment", &Msg{
		Date:    "Fri, 11 Apr 2025 06:13:00 -0500",
		From:    `"ClaimBridge Clearinghouse" <noreply@claimbridge.example.net>`,
		To:      `"Patient Financial Services" <pfs-edi@harrowgate.example.org>`,
		Subject: "999 acknowledgment - batch 30211 accepted",
		Root: mixed(
			text(`Batch 30211 (submitted 04/11/2025 05:58 CT) was ACCEPTED.

  Interchange control:   000004417
  Functional group:      4417
  Transaction sets:      2 received, 2 accepted, 0 rejected

The payer-level 277CA will follow separately. The 999 is attached.

ClaimBridge support: 555-0109
`),
			attachText("application/edi-x12", "ACK_999_30211.x12", `ISA*00*          *00*          *ZZ*CLAIMBRIDGE    *ZZ*HARROWGATE     *250411*0612*^*00501*000004417*0*P*:~
GS*FA*CLAIMBRIDGE*HARROWGATE*20250411*0612*4417*X*005010X231A1~
ST*999*0001*005010X231A1~
AK1*HC*30211*005010X222A1~
AK2*837*0001*005010X222A1~
IK5*A~
AK2*837*0002*005010X222A1~
IK5*A~
AK9*A*2*2*2~
SE*8*0001~
GE*1*4417~
IEA*1*000004417~
`, "7bit"),
		),
	})

	add(R, None, "trap-statin-leaflet-koi8r", &Msg{
		Date:    "Mon, 28 Apr 2025 12:06:22 -0400",
		From:    `"Clinic Severny Bereg" <info@severny-bereg.example.com>`,
		To:      `"Patient Newsletter" <newsletter@severny-bereg.example.com>`,
		Subject: encWordBytes([]byte(rsvKoiStatinSubj), "koi8-r", 'B'),
		Root:    b64(rsvPart("text/plain", "koi8-r", "", rsvKoiStatin)),
	})

	add(R, None, "trap-ramadan-diabetes-cp1256", &Msg{
		Date:    "Mon, 27 Jan 2025 10:00:00 -0500",
		From:    `"قسم الغدد الصماء" <endocrine@harrowgate.example.org>`,
		To:      `"Arabic community list" <arabic-community@harrowgate.example.org>`,
		Subject: "الصيام بأمان في رمضان لمرضى السكري – نصائح عامة",
		Root:    rsvPart("text/plain", "windows-1256", "quoted-printable", rsvCp1256Ramadan),
	})

	raw(R, None, "trap-step-challenge-hindi", `
From: "HR Benefits & Wellness" <wellness@harrowgate.example.org>
To: "All Staff" <allstaff@harrowgate.example.org>
Subject: वेलनेस कार्यक्रम: 30 दिन की स्टेप चैलेंज 1 मई से
Date: Mon, 14 Apr 2025 08:30:00 -0500

नमस्ते साथियों,

हैरोगेट हेल्थ का कर्मचारी वेलनेस कार्यक्रम 1 मई से "30 दिन, 3 लाख कदम"
चुनौती शुरू कर रहा है। एक टीम में 4 से 6 लोग हो सकते हैं। पंजीकरण
25 अप्रैल तक इंट्रानेट पर करें।

  - रोज़ के कदम फ़ोन या फ़िटनेस बैंड से अपने-आप जुड़ेंगे।
  - शीर्ष तीन टीमों को कैफ़ेटेरिया वाउचर मिलेंगे।
  - भाग लेने वाले हर व्यक्ति को वेलनेस प्रीमियम छूट के 50 अंक मिलेंगे।

मुफ़्त स्वास्थ्य जाँच (रक्तचाप, बीएमआई, कोलेस्ट्रॉल) 6 और 7 मई को सुबह
7 से 11 बजे तक मुख्य लॉबी में होगी। व्यक्तिगत परिणाम केवल आपको और
वेलनेस विक्रेता को दिखते हैं; नियोक्ता को केवल समूह के कुल आँकड़े मिलते हैं।

प्रश्न: wellness@harrowgate.example.org या 555-0131

धन्यवाद,
मानव संसाधन – लाभ एवं वेलनेस टीम
`)

	raw(R, None, "trap-measles-clinic-somali", `
From: "Riverbend County Health" <outreach@riverbend-county.example.gov.test>
To: "Somali community partners" <somali-partners@riverbend-county.example.gov.test>
Subject: Tallaal bilaash ah oo jadeecada (MMR) - Sabtida 5 Abriil
Date: Mon, 24 Mar 2025 12:00:00 -0500

Bulshada qaaliga ah,

Waaxda Caafimaadka Degmada Riverbend waxay qabanaysaa maalin tallaal
bilaash ah oo looga hortagayo jadeecada, qaamoqashiirta iyo rubella
(MMR). Carruurta da'doodu tahay 12 bilood iyo ka weyn, iyo dadka
waaweyn ee aan hubin tallaalkooda, dhammaan waa lagu soo dhaweynayaa.

  Goobta:     Xarunta Bulshada Cedar Commons, 2400 Riverside Ave,
              ZIP 55999
  Taariikhda: Sabti, 5 Abriil, 10:00 subaxnimo - 3:00 galabnimo
  Lacag:      Bilaash. Caymis looma baahna.

Keen kaarka tallaalka haddii aad haysato. Turjumaan Af-Soomaali ah
ayaa goobta joogi doona.

Sannadkan, gobolka waxaa laga diiwaangeliyey 14 kiis oo jadeecada ah,
badankood carruur aan la tallaalin.

Su'aalo: 555-0115
Waaxda Caafimaadka Degmada Riverbend
`)

	add(R, None, "trap-device-advisory-forward", &Msg{
		Date:    "Tue, 08 Apr 2025 13:22:00 -0400",
		From:    `"Marisa Quennell, RN" <mquennell@northvale-heart.example.org>`,
		To:      `"Device Clinic Staff" <device-staff@northvale-heart.example.org>`,
		Subject: "Fwd: Field safety notice - Cadence SR 2200 / DR 2210 battery",
		Root: mixed(
			text(`Team,

FYI, advisory from Veridian below. Action for us:

  1. Check the shelf stock in the EP lab (we had 3 DR 2210s last count).
     Anything in the listed serial range goes back to the rep - do not
     implant.
  2. I will pull the affected-device report from PaceTrack myself and we
     will review it together in the device workspace Friday. Please do
     NOT e-mail lists of names or serial numbers matched to people.
  3. No change to follow-up schedules until we meet.

Marisa Quennell, RN, CCDS
Device Clinic Manager, Northvale Heart Institute | 555-0155
`),
			rfc822(rawInner(`
From: "Veridian CardioSystems Field Action" <fieldaction@veridian-cardio.example.com>
To: "Device Clinic Manager" <deviceclinic@northvale-heart.example.org>
Subject: Field safety notice - Cadence SR 2200 / DR 2210 battery
Date: Mon, 07 Apr 2025 09:00:00 -0400
Message-ID: <fsn-2025-07@veridian-cardio.example.com>

URGENT FIELD SAFETY NOTICE  FSN-2025-07

Devices:  Cadence SR 2200 and Cadence DR 2210 pacemakers
Serials:  CSR2200-104400 through CSR2200-105950 and
          CDR2210-220100 through CDR2210-221480
Built:    January - March 2023

Issue: a supplier change in one capacitor lot can cause premature
battery depletion. Observed rate 0.04% (9 of 22,500 distributed) at
a median 21 months after implant. No deaths or serious injuries have
been reported.

Recommendations:
  - Prophylactic replacement is NOT recommended.
  - Turn on the remote alert for battery ERI for all affected devices.
  - Review battery status at the next scheduled follow-up.
  - Return unused devices in the serial ranges above.

Questions: Veridian Technical Services, 555-0199.
`)),
		),
	})

	raw(R, None, "trap-reminder-sms-templates", `
From: "Pavel Ostrander" <postrander@clearbrook-eye.example.com>
To: "NotifyHub Onboarding" <onboarding@notifyhub.example.net>
Subject: Reminder templates - final copy for go-live 6/2
Date: Tue, 20 May 2025 15:00:00 -0500

Hi NotifyHub team,

Final copy for our message templates is below. Merge fields use your
{{double_brace}} syntax. Please load them in the sandbox first; we'll
test with staff phones only.

T1 appointment reminder (48 h before)
  Hi {{first_name}}, this is Clearbrook Eye Associates reminding you of
  your appointment on {{appt_date}} at {{appt_time}} at our
  {{location_name}} office. Reply C to confirm or R to reschedule.

T2 dilation notice (add when visit type = comprehensive)
  Your visit may include eye drops that blur vision for a few hours.
  Please bring sunglasses and consider arranging a ride.

T3 glasses ready
  Hi {{first_name}}, your glasses are ready for pickup at
  {{location_name}}. Hours: {{hours}}.

T1-ES recordatorio
  Hola {{first_name}}, le recordamos su cita el {{appt_date}} a las
  {{appt_time}} en Clearbrook Eye Associates. Responda C para
  confirmar.

Quiet hours 8 p.m. - 8 a.m. local. Sender ID: CLEARBROOK.

Thanks,
Pavel Ostrander
Practice Systems Analyst | 555-0164
`)
}

// rsvPart is a text part whose body is already in the given charset
// (used for the legacy-charset texts below).
func rsvPart(ct, charset, cte, body string) *Part {
	if cte == "" {
		cte = "8bit"
	}
	return &Part{CT: ct, Params: map[string]string{"charset": charset}, CTE: cte, Body: []byte(body)}
}

// Legacy-charset texts, encoded once with a throwaway Python script
// (the Go standard library has no encoders for these charsets).
// Each byte string is followed by its UTF-8 source.
const (
	// rsvPlCleaning: iso-8859-2
	rsvPlCleaning    = "Dzie\xf1 dobry,\n\nw zwi\xb1zku z now\xb1 umow\xb1 od 1 kwietnia zmieniaj\xb1 si\xea godziny sprz\xb1tania\nw budynku administracyjnym przy 410 Larkspur Avenue:\n\n- biura na 2. i 3. pi\xeatrze: poniedzia\xb3ek-pi\xb1tek, 17:30-21:00\n  (dotychczas 6:00-8:00),\n- sale konferencyjne: codziennie po ostatnim spotkaniu, najp\xf3\xbcniej\n  do 21:30,\n- kuchnie i aneksy: dwa razy dziennie, o 11:00 i 18:00,\n- mycie okien: raz w miesi\xb1cu, w pierwsz\xb1 sobot\xea.\n\nProsimy nie zostawia\xe6 dokument\xf3w na biurkach po 17:30 i zamyka\xe6 szafy.\nKlucze do pomieszcze\xf1 technicznych odbiera kierownik zmiany, pan\nGrzegorz Wilk, w portierni.\n\nUwagi prosz\xea zg\xb3asza\xe6 pod numerem 555-0186 lub mailowo.\n\nZ powa\xbfaniem,\nAgnieszka Borowiec\nKoordynator ds. utrzymania czysto\xb6ci\nCzystyDom Serwis\n"
	rsvPlCleaningSrc = `Dzień dobry,

w związku z nową umową od 1 kwietnia zmieniają się godziny sprzątania
w budynku administracyjnym przy 410 Larkspur Avenue:

- biura na 2. i 3. piętrze: poniedziałek-piątek, 17:30-21:00
  (dotychczas 6:00-8:00),
- sale konferencyjne: codziennie po ostatnim spotkaniu, najpóźniej
  do 21:30,
- kuchnie i aneksy: dwa razy dziennie, o 11:00 i 18:00,
- mycie okien: raz w miesiącu, w pierwszą sobotę.

Prosimy nie zostawiać dokumentów na biurkach po 17:30 i zamykać szafy.
Klucze do pomieszczeń technicznych odbiera kierownik zmiany, pan
Grzegorz Wilk, w portierni.

Uwagi proszę zgłaszać pod numerem 555-0186 lub mailowo.

Z poważaniem,
Agnieszka Borowiec
Koordynator ds. utrzymania czystości
CzystyDom Serwis
`
	// rsvB5Flu: big5
	rsvB5Flu    = "\xa6U\xa6\xec\xb5\xf3\xa7{\xa6n\xa1G\n\n\xa9M\xa6w\xaa\xc0\xb0\xcf\xb0\xb7\xb1d\xa4\xa4\xa4\xdf\xb1N\xa9\xf3\xa4Q\xa4\xeb\xc1|\xbf\xec\xa7K\xb6O\xacy\xb7P\xa4\xce\xb7s\xaba\xac\xcc\xad]\xb1\xb5\xba\xd8\xa4\xe9\xa1A\xc5w\xaa\xef\xa9\xd2\xa6\xb3\n\xa4\xbb\xad\xd3\xa4\xeb\xa5H\xa4W\xaa\xba\xa9~\xa5\xc1\xb0\xd1\xa5[\xa1C\xb5L\xbb\xdd\xabO\xc0I\xa1A\xb5L\xbb\xdd\xb9w\xac\xf9\xa1A\xa4\xa3\xacd\xb2\xbe\xa5\xc1\xa8\xad\xa5\xf7\xa1C\n\n\xa4\xe9\xb4\xc1\xa4\xce\xa6a\xc2I\xa1G\n10\xa4\xeb4\xa4\xe9\xa1]\xacP\xb4\xc1\xa4\xbb\xa1^\xa4W\xa4\xc89\xae\xc9\xa6\xdc\xa4U\xa4\xc81\xae\xc9\n  \xb5\xd8\xa4H\xae\xfb\xabH\xb7|\xc2\xa7\xb0\xf3\xa1A1450 Grant Ave\xa1A\xb6l\xbds 94999\n10\xa4\xeb11\xa4\xe9\xa1]\xacP\xb4\xc1\xa4\xbb\xa1^\xa4W\xa4\xc810\xae\xc9\xa6\xdc\xa4U\xa4\xc82\xae\xc9\n  \xa9M\xa6w\xaa\xc0\xb0\xcf\xb0\xb7\xb1d\xa4\xa4\xa4\xdf\xa4G\xbc\xd3\xa1A88 Jackson St\xa1A\xb6l\xbds 94998\n10\xa4\xeb18\xa4\xe9\xa1]\xacP\xb4\xc1\xa4\xbb\xa1^\xa4W\xa4\xc89\xae\xc9\xa6\xdc\xa4\xa4\xa4\xc812\xae\xc9\n  \xa4\xe9\xb8\xa8\xb0\xcf\xb9\xcf\xae\xd1\xc0]\xa1A2211 Noriega St\xa1A\xb6l\xbds 94997\n\n\xbd\xd0\xb1a\xb3\xc6\xa1G\n- \xa8\xad\xa5\xf7\xc3\xd2\xa9\xfa\xa4\xe5\xa5\xf3\xa1]\xa5\xf4\xa6\xf3\xa4@\xba\xd8\xa7\xa1\xa5i\xa1^\n- \xa6p\xa6\xb3\xac\xcc\xad]\xb0O\xbf\xfd\xa5d\xa1A\xbd\xd0\xa4@\xa8\xd6\xb1a\xa8\xd3\n\n\xa4\xbb\xa4Q\xa4\xad\xb7\xb3\xa5H\xa4W\xaa\xf8\xaa\xcc\xa5i\xb1\xb5\xba\xd8\xb0\xaa\xbe\xaf\xb6q\xacy\xb7P\xac\xcc\xad]\xa1C\xb2{\xb3\xf5\xa6\xb3\xbcs\xaaF\xb8\xdc\xa1B\xb4\xb6\xb3q\xb8\xdc\xa4\xce\n\xa5x\xa4s\xb8\xdc\xc2\xbd\xc4\xb6\xa1C\n\n\xacd\xb8\xdf\xb9q\xb8\xdc\xa1G555-0163\xa1]\xb6g\xa4@\xa6\xdc\xb6g\xa4\xad \xa4W\xa4\xc89\xae\xc9\xa6\xdc\xa4U\xa4\xc85\xae\xc9\xa1^\n\n\xa9M\xa6w\xaa\xc0\xb0\xcf\xb0\xb7\xb1d\xa4\xa4\xa4\xdf \xaa\xc0\xb0\xcf\xa5~\xaei\xb3\xa1\n"
	rsvB5FluSrc = `各位街坊好：

和安社區健康中心將於十月舉辦免費流感及新冠疫苗接種日，歡迎所有
六個月以上的居民參加。無需保險，無需預約，不查移民身份。

日期及地點：
10月4日（星期六）上午9時至下午1時
  華人浸信會禮堂，1450 Grant Ave，郵編 94999
10月11日（星期六）上午10時至下午2時
  和安社區健康中心二樓，88 Jackson St，郵編 94998
10月18日（星期六）上午9時至中午12時
  日落區圖書館，2211 Noriega St，郵編 94997

請帶備：
- 身份證明文件（任何一種均可）
- 如有疫苗記錄卡，請一併帶來

六十五歲以上長者可接種高劑量流感疫苗。現場有廣東話、普通話及
台山話翻譯。

查詢電話：555-0163（週一至週五 上午9時至下午5時）

和安社區健康中心 社區外展部
`
	// rsvKoiStatinSubj: koi8-r
	rsvKoiStatinSubj    = "\xf0\xc1\xcd\xd1\xd4\xcb\xc1 \xc4\xcc\xd1 \xd0\xc1\xc3\xc9\xc5\xce\xd4\xcf\xd7: \xde\xd4\xcf \xce\xd5\xd6\xce\xcf \xda\xce\xc1\xd4\xd8 \xcf \xd3\xd4\xc1\xd4\xc9\xce\xc1\xc8"
	rsvKoiStatinSubjSrc = `Памятка для пациентов: что нужно знать о статинах`
	// rsvKoiStatin: koi8-r
	rsvKoiStatin    = "\xf5\xd7\xc1\xd6\xc1\xc5\xcd\xd9\xc5 \xd0\xc1\xc3\xc9\xc5\xce\xd4\xd9!\n\n\xeb\xc1\xd2\xc4\xc9\xcf\xcc\xcf\xc7\xc9\xde\xc5\xd3\xcb\xcf\xc5 \xcf\xd4\xc4\xc5\xcc\xc5\xce\xc9\xc5 \xcb\xcc\xc9\xce\xc9\xcb\xc9 \"\xf3\xc5\xd7\xc5\xd2\xce\xd9\xca \xc2\xc5\xd2\xc5\xc7\" \xd0\xcf\xc4\xc7\xcf\xd4\xcf\xd7\xc9\xcc\xcf\n\xcb\xcf\xd2\xcf\xd4\xcb\xd5\xc0 \xd0\xc1\xcd\xd1\xd4\xcb\xd5 \xcf \xd3\xd4\xc1\xd4\xc9\xce\xc1\xc8 - \xcc\xc5\xcb\xc1\xd2\xd3\xd4\xd7\xc1\xc8, \xcb\xcf\xd4\xcf\xd2\xd9\xc5 \xd3\xce\xc9\xd6\xc1\xc0\xd4 \xd5\xd2\xcf\xd7\xc5\xce\xd8\n\"\xd0\xcc\xcf\xc8\xcf\xc7\xcf\" \xc8\xcf\xcc\xc5\xd3\xd4\xc5\xd2\xc9\xce\xc1 (\xec\xf0\xee\xf0) \xc9 \xd2\xc9\xd3\xcb \xc9\xce\xc6\xc1\xd2\xcb\xd4\xc1 \xc9 \xc9\xce\xd3\xd5\xcc\xd8\xd4\xc1.\n\n\xf3\xc1\xcd\xd9\xc5 \xd2\xc1\xd3\xd0\xd2\xcf\xd3\xd4\xd2\xc1\xce\xa3\xce\xce\xd9\xc5 \xd3\xd4\xc1\xd4\xc9\xce\xd9: \xc1\xd4\xcf\xd2\xd7\xc1\xd3\xd4\xc1\xd4\xc9\xce, \xd2\xcf\xda\xd5\xd7\xc1\xd3\xd4\xc1\xd4\xc9\xce,\n\xd3\xc9\xcd\xd7\xc1\xd3\xd4\xc1\xd4\xc9\xce, \xd0\xd2\xc1\xd7\xc1\xd3\xd4\xc1\xd4\xc9\xce.\n\n\xeb\xc1\xcb \xd0\xd2\xc9\xce\xc9\xcd\xc1\xd4\xd8:\n- \xef\xc2\xd9\xde\xce\xcf \xcf\xc4\xc9\xce \xd2\xc1\xda \xd7 \xc4\xc5\xce\xd8, \xd7 \xcf\xc4\xce\xcf \xc9 \xd4\xcf \xd6\xc5 \xd7\xd2\xc5\xcd\xd1. \xf3\xc9\xcd\xd7\xc1\xd3\xd4\xc1\xd4\xc9\xce \xcc\xd5\xde\xdb\xc5\n  \xd0\xd2\xc9\xce\xc9\xcd\xc1\xd4\xd8 \xd7\xc5\xde\xc5\xd2\xcf\xcd.\n- \xee\xc5 \xd0\xd2\xc5\xcb\xd2\xc1\xdd\xc1\xca\xd4\xc5 \xd0\xd2\xc9\xa3\xcd \xd3\xc1\xcd\xcf\xd3\xd4\xcf\xd1\xd4\xc5\xcc\xd8\xce\xcf, \xc4\xc1\xd6\xc5 \xc5\xd3\xcc\xc9 \xc1\xce\xc1\xcc\xc9\xda\xd9 \xd3\xd4\xc1\xcc\xc9 \xcc\xd5\xde\xdb\xc5.\n- \xe7\xd2\xc5\xca\xd0\xc6\xd2\xd5\xd4\xcf\xd7\xd9\xca \xd3\xcf\xcb \xcd\xcf\xd6\xc5\xd4 \xd5\xd3\xc9\xcc\xc9\xd7\xc1\xd4\xd8 \xc4\xc5\xca\xd3\xd4\xd7\xc9\xc5 \xce\xc5\xcb\xcf\xd4\xcf\xd2\xd9\xc8 \xd3\xd4\xc1\xd4\xc9\xce\xcf\xd7.\n\n\xf7\xcf\xda\xcd\xcf\xd6\xce\xd9\xc5 \xd0\xcf\xc2\xcf\xde\xce\xd9\xc5 \xdc\xc6\xc6\xc5\xcb\xd4\xd9:\n- \xc2\xcf\xcc\xc9 \xd7 \xcd\xd9\xdb\xc3\xc1\xc8 (\xd3\xcf\xcf\xc2\xdd\xc9\xd4\xc5 \xd7\xd2\xc1\xde\xd5, \xcf\xd3\xcf\xc2\xc5\xce\xce\xcf \xc5\xd3\xcc\xc9 \xcd\xcf\xde\xc1 \xd0\xcf\xd4\xc5\xcd\xce\xc5\xcc\xc1);\n- \xce\xc5\xc2\xcf\xcc\xd8\xdb\xcf\xc5 \xd0\xcf\xd7\xd9\xdb\xc5\xce\xc9\xc5 \xd0\xc5\xde\xa3\xce\xcf\xde\xce\xd9\xc8 \xc6\xc5\xd2\xcd\xc5\xce\xd4\xcf\xd7;\n- \xd2\xc5\xc4\xcb\xcf - \xd0\xcf\xd7\xd9\xdb\xc5\xce\xc9\xc5 \xd3\xc1\xc8\xc1\xd2\xc1 \xd7 \xcb\xd2\xcf\xd7\xc9.\n\n\xe1\xce\xc1\xcc\xc9\xda \xcc\xc9\xd0\xc9\xc4\xce\xcf\xc7\xcf \xd0\xd2\xcf\xc6\xc9\xcc\xd1 \xcf\xc2\xd9\xde\xce\xcf \xd0\xcf\xd7\xd4\xcf\xd2\xd1\xc0\xd4 \xde\xc5\xd2\xc5\xda 6-12 \xce\xc5\xc4\xc5\xcc\xd8 \xd0\xcf\xd3\xcc\xc5\n\xce\xc1\xde\xc1\xcc\xc1 \xcc\xc5\xde\xc5\xce\xc9\xd1.\n\n\xf7\xcf\xd0\xd2\xcf\xd3\xd9 \xcd\xcf\xd6\xce\xcf \xda\xc1\xc4\xc1\xd4\xd8 \xce\xc1 \xcf\xd4\xcb\xd2\xd9\xd4\xcf\xca \xcc\xc5\xcb\xc3\xc9\xc9 \"\xfa\xc4\xcf\xd2\xcf\xd7\xcf\xc5 \xd3\xc5\xd2\xc4\xc3\xc5\" 15 \xcd\xc1\xd1\n\xd7 18:00 (\xda\xc1\xcc 2, \xd7\xc8\xcf\xc4 \xd3\xd7\xcf\xc2\xcf\xc4\xce\xd9\xca).\n\n\xf3 \xd5\xd7\xc1\xd6\xc5\xce\xc9\xc5\xcd,\n\xcf\xd4\xc4\xc5\xcc\xc5\xce\xc9\xc5 \xcb\xc1\xd2\xc4\xc9\xcf\xcc\xcf\xc7\xc9\xc9 \xcb\xcc\xc9\xce\xc9\xcb\xc9 \"\xf3\xc5\xd7\xc5\xd2\xce\xd9\xca \xc2\xc5\xd2\xc5\xc7\"\n"
	rsvKoiStatinSrc = `Уважаемые пациенты!

Кардиологическое отделение клиники "Северный берег" подготовило
короткую памятку о статинах - лекарствах, которые снижают уровень
"плохого" холестерина (ЛПНП) и риск инфаркта и инсульта.

Самые распространённые статины: аторвастатин, розувастатин,
симвастатин, правастатин.

Как принимать:
- Обычно один раз в день, в одно и то же время. Симвастатин лучше
  принимать вечером.
- Не прекращайте приём самостоятельно, даже если анализы стали лучше.
- Грейпфрутовый сок может усиливать действие некоторых статинов.

Возможные побочные эффекты:
- боли в мышцах (сообщите врачу, особенно если моча потемнела);
- небольшое повышение печёночных ферментов;
- редко - повышение сахара в крови.

Анализ липидного профиля обычно повторяют через 6-12 недель после
начала лечения.

Вопросы можно задать на открытой лекции "Здоровое сердце" 15 мая
в 18:00 (зал 2, вход свободный).

С уважением,
отделение кардиологии клиники "Северный берег"
`
	// rsvCp1256Ramadan: windows-1256
	rsvCp1256Ramadan    = "\xc7\xe1\xd3\xe1\xc7\xe3 \xda\xe1\xed\xdf\xe3 \xe6\xd1\xcd\xe3\xc9 \xc7\xe1\xe1\xe5\xa1\n\n\xe3\xda \xc7\xde\xca\xd1\xc7\xc8 \xd4\xe5\xd1 \xd1\xe3\xd6\xc7\xe4 \xc7\xe1\xe3\xc8\xc7\xd1\xdf\xa1 \xed\xde\xcf\xf8\xe3 \xde\xd3\xe3 \xc7\xe1\xdb\xcf\xcf \xc7\xe1\xd5\xe3\xc7\xc1 \xdd\xed \xe3\xd3\xca\xd4\xdd\xec \xe5\xc7\xd1\xe6\xdb\xed\xca\n\xe5\xd0\xe5 \xc7\xe1\xe4\xd5\xc7\xc6\xcd \xc7\xe1\xda\xc7\xe3\xc9 \xe1\xe3\xe4 \xed\xda\xc7\xe4\xe6\xe4 \xe3\xe4 \xe3\xd1\xd6 \xc7\xe1\xd3\xdf\xd1\xed \xe6\xed\xd1\xdb\xc8\xe6\xe4 \xdd\xed \xc7\xe1\xd5\xed\xc7\xe3:\n\n1. \xc7\xd3\xca\xd4\xd1 \xd8\xc8\xed\xc8\xdf \xde\xc8\xe1 \xd1\xe3\xd6\xc7\xe4 \xc8\xd3\xca\xc9 \xc3\xd3\xc7\xc8\xed\xda \xda\xe1\xec \xc7\xe1\xc3\xde\xe1 \xe1\xe3\xd1\xc7\xcc\xda\xc9 \xc3\xcf\xe6\xed\xca\xdf.\n2. \xde\xcf \xed\xcd\xca\xc7\xcc \xc8\xda\xd6 \xc7\xe1\xe3\xd1\xd6\xec \xc5\xe1\xec \xca\xdb\xed\xed\xd1 \xe3\xe6\xda\xcf \xc7\xe1\xe3\xed\xca\xdd\xe6\xd1\xe3\xed\xe4 \xe1\xed\xc4\xce\xd0 \xe3\xda \xc7\xe1\xc5\xdd\xd8\xc7\xd1 \xe6\xc7\xe1\xd3\xcd\xe6\xd1.\n3. \xcc\xd1\xda\xc7\xca \xc7\xe1\xc3\xe4\xd3\xe6\xe1\xed\xe4 \xe6\xc3\xcf\xe6\xed\xc9 \xc7\xe1\xd3\xe1\xdd\xe6\xe4\xed\xe1 \xed\xe6\xd1\xed\xc7 \xde\xcf \xca\xcd\xca\xc7\xcc \xc5\xe1\xec \xca\xce\xdd\xed\xd6 \xe1\xca\xcc\xe4\xf8\xc8 \xe5\xc8\xe6\xd8 \xc7\xe1\xd3\xdf\xd1.\n4. \xc7\xdd\xcd\xd5 \xe3\xd3\xca\xe6\xec \xc7\xe1\xd3\xdf\xd1 \xdd\xed \xc7\xe1\xcf\xe3 \xda\xcf\xc9 \xe3\xd1\xc7\xca \xed\xe6\xe3\xed\xf0\xc7\xa1 \xdd\xdd\xcd\xd5 \xc7\xe1\xd3\xdf\xd1 \xe1\xc7 \xed\xf5\xdd\xd8\xd1.\n5. \xc3\xdd\xd8\xd1 \xdd\xe6\xd1\xf0\xc7 \xc5\xd0\xc7 \xc7\xe4\xce\xdd\xd6 \xc7\xe1\xd3\xdf\xd1 \xda\xe4 70 \xe3\xe1\xdb/\xcf\xe1 \xc3\xe6 \xc7\xd1\xca\xdd\xda \xdd\xe6\xde 300 \xe3\xe1\xdb/\xcf\xe1.\n6. \xc7\xd4\xd1\xc8 \xdf\xe3\xed\xc7\xca \xdf\xc7\xdd\xed\xc9 \xe3\xe4 \xc7\xe1\xe3\xc7\xc1 \xc8\xed\xe4 \xc7\xe1\xc5\xdd\xd8\xc7\xd1 \xe6\xc7\xe1\xd3\xcd\xe6\xd1\xa1 \xe6\xca\xcc\xe4\xf8\xc8 \xc7\xe1\xc5\xdf\xcb\xc7\xd1 \xe3\xe4 \xc7\xe1\xcd\xe1\xe6\xed\xc7\xca.\n\n\xe3\xcd\xc7\xd6\xd1\xc9 \xe3\xcc\xc7\xe4\xed\xc9 \xc8\xc7\xe1\xe1\xdb\xc9 \xc7\xe1\xda\xd1\xc8\xed\xc9 \xed\xe6\xe3 \xc7\xe1\xd3\xc8\xca 8 \xdd\xc8\xd1\xc7\xed\xd1 \xc7\xe1\xd3\xc7\xda\xc9 11 \xd5\xc8\xc7\xcd\xf0\xc7 \xdd\xed \xde\xc7\xda\xc9\n\xc7\xe1\xe3\xcc\xca\xe3\xda. \xe1\xe1\xc7\xd3\xca\xdd\xd3\xc7\xd1: 555-0189.\n\n\xe3\xda \xc3\xd8\xed\xc8 \xc7\xe1\xca\xe3\xe4\xed\xc7\xca \xc8\xd4\xe5\xd1 \xe3\xc8\xc7\xd1\xdf\xa1\n\xde\xd3\xe3 \xc7\xe1\xdb\xcf\xcf \xc7\xe1\xd5\xe3\xc7\xc1 \xe6\xc7\xe1\xd3\xdf\xd1\xed\n"
	rsvCp1256RamadanSrc = `السلام عليكم ورحمة الله،

مع اقتراب شهر رمضان المبارك، يقدّم قسم الغدد الصماء في مستشفى هاروغيت
هذه النصائح العامة لمن يعانون من مرض السكري ويرغبون في الصيام:

1. استشر طبيبك قبل رمضان بستة أسابيع على الأقل لمراجعة أدويتك.
2. قد يحتاج بعض المرضى إلى تغيير موعد الميتفورمين ليؤخذ مع الإفطار والسحور.
3. جرعات الأنسولين وأدوية السلفونيل يوريا قد تحتاج إلى تخفيض لتجنّب هبوط السكر.
4. افحص مستوى السكر في الدم عدة مرات يوميًا، ففحص السكر لا يُفطر.
5. أفطر فورًا إذا انخفض السكر عن 70 ملغ/دل أو ارتفع فوق 300 ملغ/دل.
6. اشرب كميات كافية من الماء بين الإفطار والسحور، وتجنّب الإكثار من الحلويات.

محاضرة مجانية باللغة العربية يوم السبت 8 فبراير الساعة 11 صباحًا في قاعة
المجتمع. للاستفسار: 555-0189.

مع أطيب التمنيات بشهر مبارك،
قسم الغدد الصماء والسكري
`
)
