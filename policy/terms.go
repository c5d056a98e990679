package policy

import "strings"

// key names a context a keyword opens: an identifier or a date that
// follows within a few words takes its meaning from it.
type key int

const (
	keySSN key = iota
	keyMRN
	keyMember
	keyClaim
	keyAccount
	keyEmployee // employee ID: a staff member's number, which HR's leave and benefit mail gives
	keyDOB
	keyService
	keyNPI
	keyDEA
	keyICD
	keyCPT
	keyNDC
	keyName   // a patient's name follows
	keyDear   // a salutation's name follows
	keyYour   // a care noun that follows is the reader's own
	keyMine   // a care noun or clinical term that follows is the writer's own (or their child's)
	keyNoun   // care nouns: results, appointment, prescription
	keyBulk   // unsubscribe, newsletter
	keyFamily // Mr, Mrs, Sr: a family name follows
	keyCommerce
	keyStock // in stock, reorder, par level: supplies counted
	keyVet
	keyProperty // vehicle, date of loss: an insurance claim for property, not for care
	keyHer      // his, her: a clinical term that follows is the person's just named
	keySeen     // seen in our office, return to work: the name just before (and a verb) is a patient's
	keyKin      // my daughter, mi hermano: the given name that follows is a relative's, a person's
	keyPanel    // speakers, faculty: the titled names that follow are a programme's, not patients
	keyTest     // fictional case, training record, test patient: the message's people and numbers are invented
	keyChart    // rm, bed, s/p (or an age and sex, "58M"): a chart's shorthand that locates a patient
	keyContact  // called, saw, spoke with: a log's entry opens with whom it reached (contacted)
	keys
)

// An entry's keys are bits of a uint32: the build fails past 32 keys.
var _ [32 - keys]struct{}

// reach is how many words after its keyword a key still applies.
var reach = [keys]int{
	keySSN: 3, keyMRN: 3, keyMember: 3, keyClaim: 3, keyAccount: 3, keyEmployee: 3, keyDOB: 6, keyService: 8,
	keyNPI: 3, keyDEA: 3, keyICD: 8, keyCPT: 8, keyNDC: 3, keyName: 1, keyDear: 1, keyYour: 3, keyMine: 3,
	keyFamily: 1, keyHer: 8, keyKin: 1, keyPanel: 40, keyContact: 10,
}

// keywords are the words and phrases that open each key, lower-case, in
// English and Spanish, with French, Portuguese, German, Dutch, Italian,
// Polish, Russian, Ukrainian, Vietnamese, Tagalog, Haitian Creole, Arabic,
// Chinese, Japanese, Korean, Hindi, Turkish, Farsi, Somali and Amharic. A phrase's key
// opens at its last word. A keyword phrase that extends a term hides the
// term where both occur ("예약일" would hide the care term 예약), so such
// phrases are left out unless they name an identifier. keyYour words come
// before the noun they own; languages that put the possessive after it
// (Vietnamese "của bạn", Somali) or on it (Arabic) have none. Words that
// are also common names or surnames are not keywords, since a keyword is
// never taken for a name: "cara", "caro", "mia", "sue", "ma".
var keywords = [keys][]string{
	keySSN: {"t.c. kimlik no", "tc kimlik no", "kimlik no", "kimlik numarası", "ssn", "social security", "social security number", "social security no", "soc sec",
		"seguro social", "número de seguro social", "ssn/itin", "номер снилс", "снилс",
		"numéro de sécurité sociale", "número da segurança social", "sozialversicherungsnummer",
		"codice fiscale",
		"pesel", "nr pesel", "numer pesel",
		"bsn", "burgerservicenummer",
		"cnp", "cod numeric personal", "amka", "αμκα", "α.μ.κ.α", "personnummer", "personnr", "fødselsnummer", "cpr-nummer", "cpr-nr",
		"henkilötunnus", "hetu", "nhs number", "nhs no", "cnic", "cnic no", "شناختی کارڈ نمبر", "شناختی کارڈ", "cpf", "身份证号", "身份证号码", "身份證號碼", "aadhaar", "aadhaar no", "cartão sus", "cartão nacional de saúde", "carte vitale", "ohip", "health card number"},
	keyMRN: {"doc", "doc no", "doc number", "doc id", "inmate", "inmate no", "inmate number", "inmate id", "offender id", "offender number", "detainee number", "a-number", "alien number", "namba ya faili", "nambari ya faili", "namba ya mgonjwa", "namba ya kliniki", "patientid", "patientnumber", "medicalrecordnumber", "chartnumber", "mrnumber", "idpaciente", "protokol no", "hasta no", "dosya no", "شماره پرونده", "شماره بیمار", "شماره پذیرش", "የካርድ ቁጥር", "lambarka bukaanka", "የታካሚ ቁጥር", "मरीज संख्या", "मरीज आईडी", "mrn", "medical record", "medical record number", "medical record no", "record number", "chart number",
		"chart no", "chart id", "hn", "h.n", "patient id", "cartella", "n. cartella", "numero cartella", "numero di cartella", "ptid", "subject id", "subject no", "subject number", "study id", "screening id", "screening no", "screening number", "randomization number", "randomisation number", "randomization id", "randomisation id", "patient number", "patient no", "pt id", "expediente", "número de expediente",
		"historia clínica", "emr id", "ehr id", "person id", "patient identifier", "rx", "rx number", "prescription number",
		"receta número", "número de receta", "номер медицинской карты", "медицинская карта", "медицинской карты", "медкарта", "медкарты", "амбулаторная карта", "амбулаторной карты", "медична карта", "медичної картки", "медична картка", "карта no", "карта стационарного больного", "карта стаціонарного хворого", "患者番号", "診察券番号", "カルテ番号", "病历号", "病案号", "住院号", "n° de dossier", "numéro de dossier", "patientennummer", "número do prontuário", "prontuário",
		"mã bệnh nhân", "mã số bệnh nhân", "số bệnh án", "mã bệnh án", "mã hồ sơ",
		"numero ng pasyente",
		"환자 번호", "등록번호", "차트 번호", "병록번호",
		"病歷號", "病历编号", "病歷編號", "病人编号", "病人編號", "患者编号", "患者編號",
		"患者id", "受診者番号",
		"номер истории болезни", "номер пациента", "client code", "patient code", "номер медичної картки", "номер пацієнта",
		"رقم الملف الطبي", "رقم الملف", "رقم ملف المريض", "رقم المريض", "رقم السجل الطبي",
		"nimewo dosye", "numéro de patient", "numéro patient",
		"número do paciente", "numero di cartella", "numero cartella clinica",
		"numer pacjenta", "numer historii choroby",
		"fallnummer", "patiëntnummer", "dossiernummer",
		"nhc", "nº historia", "n.º historia", "nº de historia", "n° historia", "número de historia", "número de historia clínica"},
	keyMember: {"memberid", "membernumber", "subscriberid", "subscribernumber", "insuranceid", "policynumber", "beneficiaryid", "medicaidid", "medicareid", "member id", "member number", "member no", "subscriber id", "subscriber number",
		"subscriber no", "policy number", "policy no", "policy id", "insurance id", "insured id", "beneficiary id",
		"medicaid id", "medicare id", "medicare number", "medicaid number", "group number", "id de miembro",
		"número de miembro", "número de póliza", "id del afiliado", "numéro d'adhérent", "n° adhérent", "n° d'adhérent", "no adhérent", "n° adhérente", "versichertennummer",
		"núm. de afiliado", "número de afiliado", "no. de afiliado", "id de afiliado", "número de identificación del afiliado", "número de socio", "id del miembro", "número de seguro médico",
		"mã số bảo hiểm", "số thẻ bảo hiểm", "mã thẻ bảo hiểm", "số thẻ bhyt", "mã số thành viên", "mã số hội viên", "số hội viên", "mã hội viên",
		"numero ng miyembro", "numero ng insurance",
		"보험 번호", "가입자 번호", "건강보험증 번호", "회원번호", "회원 번호",
		"保险号", "保險號碼", "保单号", "保單號碼", "医保卡号", "保险卡号", "保險卡號", "会员编号", "會員編號",
		"保険証番号", "被保険者番号", "保険者番号", "被保険者記号・番号", "記号・番号",
		"номер полиса", "полис омс", "номер страховки", "страховой полис", "номер поліса", "страховий поліс",
		"رقم التأمين", "رقم بطاقة التأمين", "رقم العضوية", "የአባልነት ቁጥር", "የአባልነት ቁጥሬ", "شماره عضویت", "شماره بیمه", "सदस्य संख्या",
		"सदस्यता संख्या", "बीमा संख्या", "पॉलिसी नंबर",
		"nimewo asirans", "nimewo manm", "numéro d'assuré", "numéro de mutuelle",
		"número da carteirinha", "carteirinha", "número do plano", "cartão do sus", "cartão sus", "número do beneficiário", "tessera sanitaria", "numero di tessera", "numero tessera sanitaria", "tessera", "n. tessera",
		"numer ubezpieczenia", "numer polisy",
		"krankenversichertennummer", "mitgliedsnummer", "polisnummer", "verzekerdennummer",
		"tarjeta sanitaria", "tarjeta sanit", "tarjeta sanitaria individual", "código cip",
		"philhealth pin", "philhealth no", "philhealth number", "philhealth id"},
	keyClaim: {"claimid", "claimnumber", "claim number", "claim no", "claim id", "claim", "claims", "reclamo", "número de reclamo",
		"authorization", "authorization number", "auth number", "prior auth", "autorización", "número de autorización",
		"reclamación", "icn", "reference number",
		"número de reclamación", "reclamación número",
		"số yêu cầu bồi thường", "mã yêu cầu bồi thường",
		"청구 번호",
		"理赔号", "理賠編號", "索赔号", "理赔编号",
		"رقم المطالبة",
		"numéro de réclamation", "nimewo reklamasyon"},
	keyAccount: {"accountnumber", "accountid", "account", "cuenta", "account number", "account no", "acct", "acct no", "patient account", "guarantor account",
		"número de cuenta", "número da conta", "numéro de compte", "رقم الحساب", "رقم حساب", "номер счета", "номер рахунку", "hesap numarası", "invoice for services"},
	keyEmployee: {"employee id", "employee number", "employee no", "emp id", "emp no", "empl id", "staff id", "staff number", "employee id number"},
	keyDOB: {"dateofbirth", "fecha nacimiento", "fechanacimiento", "fecnac", "doğum tarihi", "doğum tarihim", "дата народження", "року народження", "تاریخ تولد", "taariikhda dhalashada", "የትውልድ ቀን", "dob", "d.o.b", "bday", "date of birth", "birth date", "birthdate", "born", "born on", "fecha de nacimiento", "nació el", "nacida el", "nacido el",
		"f. nac", "nacido", "nacida", "date de naissance", "né le", "née le", "geburtsdatum", "geboren", "geb",
		"data de nascimento", "nasc", "data nasc", "dt nasc", "ngày sinh", "出生日期", "дата рождения", "生年月日", "出生日期", "生日",
		"fecha nac", "fec. nac",
		"ngày tháng năm sinh", "sinh ngày",
		"petsa ng kapanganakan", "araw ng kapanganakan", "ipinanganak",
		"생년월일",
		"জন্ম তারিখ", "জন্মতারিখ", "ਜਨਮ ਮਿਤੀ", "ਜਨਮ ਤਾਰੀਖ", "जन्म तिथि", "जन्मतिथि", "जन्म तारीख", "तारीख पैदाइश", "تاریخ پیدائش", "تاریخِ پیدائش", "תאריך לידה", "ת. לידה", "วันเกิด", "วันเดือนปีเกิด",
		"出生年月日", "出世日期", "出世年月日",
		"д.р", "год рождения", "родился", "родилась", "дата народження", "народився", "народилася",
		"تاريخ الميلاد", "تاريخ الولادة",
		"dat nesans", "dat ou fèt", "li fèt", "ki fèt", "dhashay", "ku dhashay", "dhalasho", "nací el", "naci el", "i was born on", "je suis né le", "je suis née le", "nasci em", "ur", "urodziłem się", "urodziłam się", "مواليد", "من مواليد", "المولود في", "المولودة في", "ولد في", "ولدت في", "متولد", "doğumlu",
		"nascido em", "nascida em", "data di nascita", "nato il", "nata il",
		"data urodzenia", "urodzony", "urodzona",
		"geb. am", "geboortedatum", "geboren op",
		"taariikhda dhalashada", "የትውልድ ቀን", "जन्म तिथि", "जन्मतिथि", "जन्म की तारीख"},
	keyService: {"date of service", "dates of service", "service date", "dos", "admitted", "admission date",
		"admission", "discharged", "discharged from", "discharged yesterday", "discharged today", "discharged home", "discharged tomorrow", "discharged tmrw", "admitted to", "admitted overnight", "admitted last night", "admitted yesterday", "admitted this morning", "discharge date", "appointment", "appt", "seen on", "visit date", "visit on",
		"scheduled for", "procedure date", "surgery date", "collected", "collection date", "fecha de servicio",
		"cita", "consulta", "rendez-vous", "termin", "fecha de la cita", "encounter date", "date of visit", "приём", "прием", "визит", "次回", "予約", "下次复诊", "复诊", "就诊日期", "lịch hẹn", "ngày khám",
		"fecha del servicio", "fechas de servicio", "fecha de atención", "fecha de la consulta", "date of admission", "visit scheduled", "appointment date", "appointment on", "appointment time", "appointment scheduled",
		"ngày hẹn", "ngày tái khám", "lịch khám", "ngày nhập viện", "ngày xuất viện",
		"petsa ng appointment", "petsa ng konsulta", "nakatakdang appointment", "tipanan",
		"방문일", "입원일", "진료 예약",
		"预约时间", "預約時間", "就诊时间", "看诊日期", "看診日期", "就診日期", "入院日期", "出院日期", "服务日期", "服務日期", "預約",
		"受診日", "来院日", "診察日", "予約日時", "予約日", "入院日", "退院日",
		"дата приёма", "дата приема", "запись на", "дата визита", "дата госпитализации", "дата прийому", "прийом", "запис на прийом", "дата візиту",
		"موعد", "موعدك", "تاريخ الموعد", "تاريخ الزيارة",
		"randevou", "dat randevou", "date du rendez-vous", "date de consultation", "date d'hospitalisation",
		"data da consulta", "data do atendimento", "agendamento", "consulta marcada", "data della visita", "appuntamento", "data dell'appuntamento", "ricovero",
		"data wizyty", "termin wizyty", "data przyjęcia",
		"behandlungsdatum", "aufnahmedatum", "untersuchungsdatum", "afspraak", "datum afspraak", "opnamedatum", "behandeldatum",
		"अपॉइंटमेंट"},
	keyNPI: {"npi", "national provider identifier"},
	keyDEA: {"dea", "dea number", "dea no"},
	keyICD: {"abk", "abf", "abj", "apr", "abn", "icd", "icd-10", "icd10", "icd-10-cm", "icd-9", "dx", "dx code", "diagnosis code", "diagnosis codes", "diagnosis", "diagnoses", "diagnóstico", "diagnosen", "diagnose", "diagnostic", "chẩn đoán", "código de diagnóstico", "cie-10", "cim-10", "cid", "cid-10", "диагноз", "诊断", "診断", "診断名",
		"mã chẩn đoán",
		"진단명", "진단 코드", "상병코드",
		"診斷", "诊断代码", "診斷代碼",
		"код мкб", "мкб-10", "мкб", "діагноз", "код мкх", "мкх-10",
		"التشخيص", "رمز التشخيص"},
	keyCPT: {"hc", "cpt", "cpt code", "cpt codes", "cpt/hcpcs", "hcpcs", "procedure code", "procedure codes", "service code", "billing code", "código de procedimiento",
		"cdt code", "cdt codes", "código cdt", "códigos cdt", "dental code", "dental codes", "ada code", "cdt procedure code"},
	keyNDC: {"ndc", "national drug code"},
	keyName: {"her name is", "his name is", "patient's name is", "pt's name is", "my name is", "me llamo", "mi nombre es", "meu nome é", "ich heiße", "ich heisse", "mein name ist", "mi chiamo", "nazywam się", "меня зовут", "мене звати", "tôi tên là", "tên tôi là", "em tên là", "tôi là", "ang pangalan ko ay", "se mwen", "non mwen se", "我叫", "我的名字是", "제 이름은", "اسمي", "نام من", "benim adım", "magacaygu waa", "ስሜ", "parent/guardian of", "parent or guardian of", "受診者", "bénéficiaire des soins", "parents of", "parent of", "guardian of", "new pt", "pt", "squeeze in", "fit in", "claimant", "complainant", "injured worker", "injured employee", "employee", "employee name", "donor", "donor name", "record of", "records of", "chart of", "participant", "participante", "participant name", "patientname", "firstname", "givenname", "hasta adı", "hastanın adı", "بیمار", "نام بیمار", "المريض", "المريضة", "اسم المريض", "bukaanka", "magaca bukaanka", "ታካሚ", "የታካሚ ስም", "मरीज", "मरीज़", "रोगी", "मरीज का नाम", "patient", "patient name", "pt name", "patient:", "services rendered to", "services provided to", "client", "client name", "caller", "caller name", "for member", "account holder", "guarantor", "guarantor name", "responsible party", "confirming that", "confirm that", "confirms that", "certify that", "update on", "update for", "updates for", "regarding", "concerning",
		"certifies that", "enrollee", "enrollee name", "name of patient", "nombre del paciente", "paciente", "patient's name", "member name", "insured name", "subscriber name", "nom du patient", "patientin", "nombre", "пациент", "пациентка", "пациента", "пациентки", "пациенту", "пациентом", "пацієнта", "пацієнтки", "пацієнту", "患者", "患者名",
		"bệnh nhân", "tên bệnh nhân", "họ tên bệnh nhân", "họ và tên", "họ tên",
		"pacienta", "pacientul", "numele pacientului", "pasien", "nama pasien", "beteg", "beteg neve", "mgonjwa",
		"jina la mgonjwa", "potilas", "potilaan nimi", "patientens namn", "מטופל", "מטופלת", "שם המטופל",
		"pasyente", "pangalan ng pasyente", "ni",
		"фио пациента", "фио", "пацієнт", "пацієнтка", "піб",
		"pasyan", "non pasyan", "patiente",
		"nome do paciente", "nome del paziente", "paziente", "assistito",
		"pacjent", "pacjentka", "pacjenta", "pacjentki", "pacjentem", "pacjentowi", "imię i nazwisko pacjenta",
		"name des patienten", "naam patiënt", "member"},
	keyDear: {"habari", "hujambo", "mpendwa", "asalaamu calaykum", "assalaamu calaykum", "salaamu calaykum", "assalamu alaikum", "asalamu alaykum", "salaam alaikum", "الأخ", "الأخت", "الأستاذ", "الأستاذة", "sayın", "değerli", "merhaba", "добрий день", "доброго дня", "عزيزي", "عزيزتي", "جناب", "سرکار", "ውድ", "ክቡር", "ክብርት", "ጤና ይስጥልኝ", "ሰላም", "प्रिय", "नमस्ते", "salaan", "dear", "hey", "good morning", "good afternoon", "good evening", "estimado", "estimada", "querido", "querida", "cher", "chère", "liebe", "lieber", "prezado", "prezada", "hello", "hi", "kính gửi", "chào", "buenas tardes", "buenos días", "buenas noches", "buen día", "sehr geehrte", "sehr geehrter", "bonjour", "hola", "olá", "уважаемый", "уважаемая", "尊敬的",
		"thân gửi", "kính thưa", "xin chào",
		"mahal na", "ginoo", "ginang",
		"здравствуйте", "добрый день", "доброе утро", "добрый вечер", "дорогой", "дорогая", "шановний", "шановна", "вітаю",
		"bonjou", "chè",
		"gentile", "egregio", "gentilissima", "gentilissimo", "salve", "buongiorno",
		"szanowny", "szanowna", "szanowni", "dzień dobry", "witam",
		"hej", "hei", "kära", "bästa", "kære", "kjære", "kedves", "tisztelt", "ndugu", "mpendwa", "stimată", "stimate",
		"stimata", "dragă", "draga", "שלום", "αγαπητέ", "αγαπητή", "αγαπητέ/ή",
		"beste", "geachte", "প্রিয়", "শ্রদ্ধেয়", "bună ziua", "buna ziua"},
	keyYour: {"your", "yours", "su", "sus", "tu", "tus", "votre", "vos", "ihr", "ihre", "ihren", "ihrem", "seu", "sua", "seus", "suas", "ваш", "ваша", "ваши", "вашего", "вашей", "您的", "あなたの",
		"iyong", "inyong", "ang iyong", "ang inyong",
		"귀하의", "당신의", "고객님의",
		"你的", "妳的",
		"貴方の",
		"вашу", "вашим", "ваших", "вашого", "вашої", "ваші",
		"suo", "suoi", "tuo", "tua", "vostro", "vostra",
		"twój", "twoja", "twoje", "pana",
		"dein", "deine", "uw", "je", "jouw",
		"आपका", "आपके"},
	keyMine: {"my", "mi", "mis", "our son's", "our daughter's",
		"i started", "i stopped", "i had", "i just had", "i've had", "i have had", "i underwent", "i'm recovering from", "i am recovering from", "i take", "i took", "i'm taking", "i am taking", "i've been taking", "i have been taking",
		"i'm on", "i am on", "i'm starting", "i am starting", "we're starting", "we are starting", "i was prescribed", "i missed", "i ran out of", "i've run out of", "i'm out of", "i am out of",
		"i've been on", "i have been on", "i was on", "i have", "i've got", "i got", "i finished", "i'm having", "i am having", "i've been having", "i have been having", "i still have", "i keep getting", "i'm still having", "i was told to stop", "i'm using", "i am using", "i've been using", "can i take", "can i still take", "should i take", "should i keep taking", "should i stop", "can i stop", "ok to take", "okay to take", "ok to stop", "do i need to stop", "tengo", "estoy con", "me dio", "ich habe", "ich hatte", "eu tenho", "estou com", "tive", "у меня", "у мене", "tôi bị", "em bị", "我得了", "我有", "i tested positive for", "i was diagnosed with", "i've been diagnosed with", "i have been diagnosed with", "i got diagnosed with", "i'm scheduled for", "i am scheduled for", "put me on", "started me on", "switched me to", "prescribed me", "took me off", "me recetó", "me recetaron", "naubusan ako ng", "naubusan na ako ng", "naubusan na po ako ng", "umiinom ako ng", "iniinom ko", "estoy tomando", "empecé", "dejé de tomar",
		"aking", "ang aking",
		"我的", "我想开始吃", "我开始吃", "我在吃", "我正在吃", "我一直在吃", "我停了",
		"私の",
		"мой", "моя", "мои", "моё", "мое", "моего", "моей", "мою", "моих", "мій", "мої", "моє", "мого", "моєї",
		"mon", "mes",
		"meu", "minha", "meus", "minhas", "mio", "miei",
		"moje", "mój", "moja", "moi", "moich", "moim", "moją",
		"mein", "meine", "meinen", "meinem", "meiner", "mijn",
		"मेरा", "मेरे", "मेरी", "میرا", "میرے", "میری",
		"mia", "mie", "ma mère", "ma fille", "ma femme", "ma sœur", "ma grand-mère", "ma maman",
		// Relatives whose "my" is a suffix or follows them: Turkish, Arabic, Farsi, Somali, Amharic,
		// Vietnamese, Tagalog, Haitian Creole, Swahili. "Babamın safra kesesi ameliyatı": my father's
		// gallbladder surgery.
		"babam", "babamın", "babamı", "babama", "annem", "annemin", "annemi", "anneme", "oğlum", "oğlumun",
		"kızım", "kızımın", "eşim", "eşimin", "dedem", "dedemin", "ninem", "ninemin", "anneannem", "anneannemin",
		"babaannem", "babaannemin", "kardeşim", "kardeşimin", "ablam", "ablamın", "abim", "abimin",
		"أمي", "والدتي", "أبي", "والدي", "ابني", "ابنتي", "زوجي", "زوجتي", "جدتي", "جدي", "أخي", "أختي",
		"مادرم", "پدرم", "پسرم", "دخترم", "همسرم", "شوهرم", "مادربزرگم", "پدربزرگم", "برادرم", "خواهرم",
		"hooyaday", "aabahay", "wiilkayga", "gabadhayda", "ninkayga", "xaaskayga",
		"እናቴ", "አባቴ", "ልጄ", "ባለቤቴ",
		"mẹ tôi", "bố tôi", "ba tôi", "má tôi", "con tôi", "chồng tôi", "vợ tôi", "bà tôi", "ông tôi",
		"nanay ko", "tatay ko", "anak ko", "asawa ko", "lola ko", "lolo ko", "nanay namin", "tatay namin",
		"manman m", "papa m", "pitit mwen", "mari m", "madanm mwen", "manman mwen", "papa mwen",
		"mama yangu", "baba yangu", "mtoto wangu", "mume wangu", "mke wangu", "bibi yangu"},
	keyNoun: {"results", "result", "appointment", "appointments", "prescription", "prescriptions", "diagnosis", "biopsy",
		"labs", "lab", "test", "tests", "procedure", "surgery", "medication", "medications", "refill", "refills", "visit",
		"claim", "treatment", "urine", "swab", "scan", "report", "referral", "records", "therapy", "dose", "dosage",
		"infusion", "screening", "vaccine", "vaccination", "exam", "bloodwork", "specimen", "condition", "care plan",
		"follow-up", "follow up", "discharge", "admission", "explanation of benefits", "eob",
		"surgeon", "ob", "ob/gyn", "obgyn", "pcp", "oncologist", "cardiologist",
		"counseling", "counselor", "counsellor", "therapist", "psychiatrist", "psychologist", "dietitian", "dietician", "nutritionist", "surgeon", "oncologist", "cardiologist",
		"pharmacy", "medicine", "meds", "symptoms", "blood pressure", "blood sugar", "insulin", "inhaler", "wound", "stitches",
		"resultados", "resultado", "prueba", "pruebas", "cita", "citas", "receta", "recetas", "tratamiento", "análisis", "examen", "consulta",
		"medicamento", "medicamentos", "rendez-vous", "résultats", "ordonnance", "traitement", "termin", "befund",
		"befunde", "rezept", "behandlung", "exames", "exame", "consulta médica", "kết quả", "cuộc hẹn", "результаты", "анализы", "обследования", "обследование", "检测结果", "结果", "検査結果", "結果", "治疗", "治療",
		"cleaning", "x-rays", "checkup", "check-up", "eye exam", "limpieza", "radiografías", "laboratorios",
		"đơn thuốc", "toa thuốc", "lịch hẹn", "xét nghiệm", "điều trị", "thuốc", "khám bệnh", "tái khám",
		"resulta", "tipanan", "reseta", "gamot", "pagsusuri", "konsulta", "paggamot",
		"결과", "예약", "처방", "진료", "치료", "검사",
		"检查结果", "檢查結果", "预约", "預約", "处方", "處方", "化验", "報告", "报告", "药物", "藥物", "複診",
		"検査", "処方", "予約", "診察", "処方箋",
		"анализ", "анализов", "рецепт", "лечение", "запись", "назначение", "лекарства", "лекарство", "препарат", "результаты анализов", "результати", "аналізи", "обстеження", "лікування", "ліки", "призначення",
		"rezilta", "randevou", "preskripsyon", "tretman", "medikaman", "analyses", "résultat", "consultation", "hospitalisation", "bilan",
		"receita", "tratamento", "risultati", "esami", "esame", "visita", "appuntamento", "ricetta", "terapia", "referto",
		"wyniki", "wizyta", "recepta", "leczenie", "badania", "badanie", "skierowanie",
		"ergebnisse", "untersuchung", "laborwerte", "uitslag", "uitslagen", "afspraak", "behandeling", "onderzoek", "recept",
		"रिपोर्ट", "दवा", "इलाज", "जांच", "नतीजे"},
	keyBulk: {"unsubscribe", "unsubscribed", "newsletter", "view in browser", "view this email in your browser",
		"quý đồng hương", "kính gửi quý vị", "kính gửi bà con", "thưa quý vị", "queridos vecinos", "estimados vecinos",
		"manage preferences", "email preferences", "update your preferences", "opt out", "opt-out", "darse de baja",
		"cancelar suscripción", "se désabonner", "abmelden", "mailing list", "you are receiving this email",
		"you received this email", "no longer wish to receive",
		"dear customer", "dear valued customer", "estimado cliente", "estimada cliente", "cher client", "chère cliente", "prezado cliente", "caro cliente", "gentile cliente", "sehr geehrter kunde", "lieber kunde", "szanowny kliencie", "уважаемый клиент",
		"fictional series", "fictional character", "fictional characters", "fictional case", "fictional vignette",
		"names are fictional", "names are fictitious", "characters are fictional", "any resemblance to"},
	keyCommerce: {"rate sheet", "rate sheets", "rate card", "private pay rates", "price list", "unit price", "purchase order", "quote", "quotation", "sku", "wholesale", "distributor",
		"account manager", "account executive", "sales representative", "sales rep", "territory manager", "customer success manager",
		"regional sales", "business development", "field service engineer", "technical account manager",
		"pricing", "catalog", "catalogue", "order confirmation", "tracking number", "bulk pricing", "per case", "per box",
		"list price", "lista de precios", "cotización", "料金表", "価格表", "見積書", "お見積り", "御見積書", "注文書", "発注書", "价格表", "报价单", "采购订单", "가격표", "견적서", "발주서", "liste de prix", "devis", "bon de commande", "preisliste", "kostenvoranschlag", "cennik", "прайс-лист", "bảng giá", "báo giá", "cnpj", "proposta comercial", "tabela de preços", "orçamento",
		"renewal proposal", "contract renewal", "contract amendment", "draft amendment", "statement of work", "scope of work", "master services agreement",
		"engagement letter", "fee schedule", "per hearing", "per hour", "hourly rate", "hourly rates", "billable hours",
		"invoice", "invoice number", "invoice no", "credit memo", "backorder", "backordered", "back order", "back-ordered",
		"customer number", "customer no", "customer account", "client statement", "client account", "client billing", "statement of account", "ship to", "ship-to", "bill to", "remit to", "payment terms",
		"net 30", "order number", "work order", "service contract", "lease agreement", "rebate", "rebates",
		"wholesale acquisition cost", "wholesaler", "freight", "número de pedido",
		"job opening", "job interview", "phone interview", "video interview", "schedule an interview", "your interview", "your resume", "your résumé", "your cv", "offer letter", "job offer", "job posting", "job application", "employment application", "your candidacy", "position at", "position with", "job openings", "open position", "now hiring", "we are hiring", "we're hiring", "sign-on bonus",
		"per hour", "recruiter", "job description", "apply now", "years of experience", "opening for",
		"pick up a shift", "pick up an extra shift", "extra shift", "open shift", "open shifts", "shift swap", "staffing",
		"library card", "call no", "call number", "hold expires", "due date for return", "tax receipt", "gift receipt",
		"tax-deductible", "tax deductible", "fee schedule", "fee schedules", "chargemaster", "charge master", "payer mix",
		"eft enrollment", "era enrollment", "eft/era", "trading partner", "payroll", "pay date", "pay period", "w-2", "w-2s"},
	keyStock: {"in stock", "out of stock", "low stock", "back in stock", "stock level", "stock levels", "stockroom", "stock room",
		"supply room", "reorder", "re-order", "reorders", "reordered", "reordering", "reorder point", "restock", "restocked",
		"restocking", "par level", "par levels", "on-hand", "qty on hand", "quantity on hand", "cycle count", "stock count",
		"inventory count", "part no", "part number", "part nos", "model no", "model number", "serial no", "serial number", "serial numbers", "asset tag", "asset tags", "inventory level", "inventory levels", "inventory report", "in inventory", "from inventory",
		"en existencia", "sin existencias", "reabastecer", "e-kit", "e-kits", "ekit", "emergency kit contents", "kit contents", "contents list"},
	keyVet: {"cachorro", "seu cão", "veterinária", "veterinário", "su perro", "tu perro", "votre chien", "votre chat", "ihr hund", "ihre katze", "your pet", "your pet's", "pet insurance", "pet health insurance", "your dog", "your cat", "your puppy", "your kitten", "veterinary", "veterinarian",
		"animal hospital", "dvm", "vet clinic", "pet owner", "pet owners", "canine patient", "canine patients", "canine vaccines", "canine influenza", "feline", "mascota", "veterinario",
		"heartworm", "heartworm test", "flea and tick", "rabies booster", "distemper", "kennel cough", "vet visit", "vet appointment",
		"動物病院", "獣医", "宠物", "寵物", "兽医", "獸醫", "동물병원", "반려동물", "수의사", "tierarzt", "tierklinik", "tierarztpraxis", "tierärztin", "herzwurmtest", "vétérinaire", "dierenarts", "weterynarz", "ветеринар", "ветклиника", "thú y", "beterinaryo"},
	keyProperty: {"vehicle", "vehicles", "date of loss", "collision", "collision center", "repair estimate", "body shop",
		"auto claim", "auto insurance", "auto policy", "car insurance", "homeowners", "homeowner's", "homeowners insurance",
		"renters insurance", "property damage", "rental car", "towing", "windshield", "hail damage", "roof damage",
		"vehículo", "siniestro", "fecha del siniestro", "taller de reparación", "seguro de auto", "seguro de coche",
		"véhicule", "sinistre", "fahrzeug", "schadensnummer", "kfz-versicherung"},
	keyPanel: {"speakers", "presenters", "panelists", "panellists", "palestrantes", "ponentes", "intervenants",
		"conférenciers", "referenten", "relatori", "prelegenci", "спикеры", "докладчики",
		"on-call schedule", "call schedule", "on-call roster", "call roster", "coverage schedule", "dienstplan", "bereitschaftsdienstplan",
		"bereitschaftsplan", "vordergrunddienst", "hintergrunddienst", "planning des gardes", "tableau de garde", "escala de plantão", "guardias"},
	keyTest: {"sample only", "fictional case", "fictitious case", "fictional patient", "fictitious patient", "training record",
		"training patient", "training patients", "fictional patients", "fictitious patients", "all fictional", "all fictitious", "are fictional", "are fictitious", "mock trial",
		"training environment", "train environment", "test patient", "test patients", "not a real person", "not a real patient", "no real patient",
		"names and numbers are invented", "all names are invented", "invented for teaching", "simulated patient",
		"standardized patient", "standardised patient", "mock patient", "dummy patient", "demo patient", "mannequin", "mannequins", "manikin", "manikins", "simman", "mock code", "mock codes", "moulage", "disaster drill", "mass casualty drill", "mci drill", "drill victim", "drill victims", "drill patient", "drill patients",
		"sim mrn", "synthetic data", "sample data", "dummy data", "dummy values", "fake data", "not a valid card", "not a real claim", "synthetic patient", "synthetic patients", "synthetic records", "synthetic rows",
		"synthetic bundle", "generated patients", "generated rows", "load test data", "loadtest", "seed list", "seed addresses",
		"fictieve testpersonen", "fictieve patiënten", "testpersonen", "fiktive patienten", "fiktiver patient",
		"pacientes ficticios", "datos sintéticos", "patients fictifs", "données fictives", "dados fictícios", "caso ficticio", "paciente ficticio", "cas fictif", "patient fictif"},
	keyChart: {"rm", "bed", "room", "bay", "cama", "s/p", "h/o", "c/o", "y/o"},
	keyKin: {"my daughter", "my son", "my mother", "my mom", "my mum", "my father", "my dad", "my husband", "my wife",
		"my partner", "my brother", "my sister", "my grandmother", "my grandfather", "my child", "my grandson",
		"my granddaughter", "our daughter", "our son", "our mother", "our father",
		"mi hija", "mi hijo", "mi madre", "mi mamá", "mi padre", "mi papá", "mi esposo", "mi esposa", "mi hermano",
		"mi hermana", "mi abuela", "mi abuelo", "ma fille", "mon fils", "ma mère", "mon père", "mon mari", "ma femme",
		"minha filha", "meu filho", "minha mãe", "meu pai", "meu marido", "minha esposa", "meine tochter", "mein sohn",
		"meine mutter", "mein vater", "mein mann", "meine frau", "mój syn", "moja córka", "mój mąż", "moja żona", "moja mama", "mój tata", "moja matka", "mój ojciec", "moja babcia", "mój dziadek", "mój brat", "moja siostra", "mon frère", "mon frere", "ma sœur", "ma soeur",
		"mom", "dad", "mum", "grandma", "grandpa", "granny",
		"母の", "父の", "祖母の", "祖父の", "夫の", "妻の", "息子の", "娘の",
		"母が", "母は", "父が", "父は", "妻が", "妻は", "息子が", "息子は", "娘が", "娘は", "祖母が", "祖母は", "祖父が", "祖父は",
		"mamá", "papá", "mamma", "papà", "maman", "mamãe", "papai", "abuela", "abuelo", "babcia", "dziadek", "oma", "opa", "nonna", "nonno",
		"μπαμπάς", "μπαμπά", "μαμά", "γιαγιά", "παππούς", "мама", "маму", "папа", "папу", "бабушка", "дедушка", "тато",
		"أمي", "أبي", "والدي", "والدتي", "والدنا", "والدتنا", "אבא", "אמא", "אבי", "אמי", "annem", "babam", "nanay", "tatay",
		"my daughter's", "my son's", "my mother's", "my mom's", "my mum's", "my father's", "my dad's", "my husband's",
		"my wife's", "my partner's", "my brother's", "my sister's", "my grandmother's", "my grandfather's", "my child's",
		"our daughter's", "our son's", "our mother's", "our father's", "mom's", "dad's", "mum's", "grandma's", "grandpa's", "granny's",
		"мой отец", "моего отца", "моему отцу", "мой папа", "моего папы", "у папы", "моя мама", "моей мамы", "у мамы", "моя мать", "моей матери",
		"мой муж", "моего мужа", "у мужа", "моя жена", "моей жены", "мой сын", "моего сына", "у сына", "моя дочь", "моей дочери", "у дочери",
		"моя бабушка", "моей бабушки", "мой дедушка", "моего дедушки",
		"우리 엄마", "우리 아빠", "저희 어머니", "제 어머니", "저희 아버지", "제 아버지", "어머님이", "어머니가", "아버지가", "시어머니", "남편이", "아내가", "아들이", "딸이",
		"mẹ tôi", "bố tôi", "ba tôi", "má tôi", "chồng tôi", "vợ tôi", "con trai tôi", "con gái tôi", "con tôi",
		"nanay ko", "tatay ko", "anak ko", "asawa ko", "lola ko", "lolo ko",
		"manman m", "manman mwen", "papa m", "papa mwen", "pitit mwen", "pitit gason m", "pitit fi m", "mari m", "madanm mwen",
		"والدي", "والدتي", "أمي", "أبي", "زوجي", "زوجتي", "ابني", "ابنتي",
		"mio figlio", "mia figlia", "mia madre", "mio padre", "mio marito", "mia moglie", "mio fratello", "mia sorella",
		"mia nonna", "mio nonno", "di mio figlio", "di mia figlia", "di mia madre", "di mio padre", "di mio marito", "di mia moglie",
		"mijn dochter", "mijn zoon", "mijn moeder", "mijn vader", "mijn man", "mijn vrouw", "mijn oma", "mijn opa",
		"мій син", "мого сина", "у сина", "моя донька", "моєї доньки", "у доньки", "моя мама", "моєї мами", "мій тато", "мого тата",
		"мій чоловік", "мого чоловіка", "моя дружина", "моєї дружини", "моя бабуся", "мій дідусь",
		"wiilkayga", "gabadhayda", "hooyaday", "aabbahay", "aabahay", "ninkayga", "xaaskayga", "ayeeyaday", "awowgay",
		// my or our relatives in the other languages, from a check of each (2026-12-08)
		"nuestra madre", "mi mami", "mi papi", "nuestro hijo", "mi hijito", "nuestra hija", "mi hijita", "mi marido", "mi mujer",
		"nuestra abuela", "mi abuelita", "abuelita", "nuestro abuelo", "mi abuelito", "abuelito", "nuestro hermano", "nuestra hermana",
		"mi niño", "mi niña", "nuestro niño", "nuestra niña", "mi bebé", "nuestro bebé", "nuestra bebé",
		"nossa mãe", "mãezinha", "nosso pai", "nosso filho", "meu filhinho", "nossa filha", "minha filhinha", "meu esposo",
		"minha mulher", "minha avó", "nossa avó", "vovó", "meu avô", "nosso avô", "meu irmão", "nosso irmão", "minha irmã",
		"nossa irmã", "meu bebê", "minha bebê", "nosso bebê",
		"notre mère", "ma maman", "mon papa", "notre fils", "notre fille", "mon époux", "mon épouse", "ma grand-mère",
		"notre grand-mère", "ma mamie", "mon grand-père", "notre grand-père", "mon papy", "papy", "mon enfant", "notre enfant",
		"mon bébé", "notre bébé",
		"nostra madre", "mia mamma", "mio papà", "nostro figlio", "nostra figlia", "nostra nonna", "nonnina", "nostro nonno",
		"nonnino", "mio bambino", "mia bambina", "mio bimbo", "mia bimba", "nostro bambino", "nostra bambina",
		"unsere mutter", "meine mama", "meiner mutter", "meine mutti", "mein papa", "meinem vater", "meinen vater", "unser sohn",
		"meinem sohn", "meinen sohn", "unseren sohn", "unsere tochter", "meiner tochter", "mein ehemann", "meinem mann", "meinen mann",
		"meine ehefrau", "meiner frau", "meine oma", "meine großmutter", "unsere oma", "meiner oma", "mein opa", "mein großvater",
		"unser opa", "meinem opa", "mein bruder", "meinem bruder", "meine schwester", "meiner schwester", "mein kind", "unser kind",
		"meinem kind", "mein baby", "unser baby",
		"onze moeder", "mijn mama", "m'n moeder", "mijn papa", "m'n vader", "onze zoon", "m'n zoon", "onze dochter", "m'n dochter",
		"mijn echtgenoot", "m'n man", "mijn echtgenote", "m'n vrouw", "mijn grootmoeder", "onze oma", "m'n oma", "mijn grootvader",
		"onze opa", "m'n opa", "mijn broer", "mijn broertje", "mijn zus", "mijn zusje", "mijn kind", "ons kind", "mijn kindje",
		"mijn baby", "onze baby",
		"nasza mama", "mojej mamy", "moją mamę", "mojej matki", "mamusia", "nasz tata", "mojego taty", "moim tatą", "mojego ojca",
		"tatuś", "nasz syn", "mojego syna", "moim synem", "naszego syna", "mój synek", "mojego synka", "nasza córka", "mojej córki",
		"naszej córki", "moja córeczka", "mojej córeczki", "mojego męża", "moim mężem", "mojej żony", "nasza babcia", "mojej babci",
		"nasz dziadek", "mojego dziadka", "moim dziadkiem", "dziadziuś", "mojego brata", "moim bratem", "mojej siostry",
		"moje dziecko", "nasze dziecko", "mojego dziecka", "naszego dziecka", "moim dzieckiem", "moje maleństwo", "nasze maleństwo",
		"moje niemowlę",
		"بنتي", "ابنتى", "ولدي", "ابنى", "طفلي", "طفلتي", "رضيعي", "طفلي الرضيع", "ابننا", "ابنتنا", "طفلنا", "أمى", "والدتى", "زوجى",
		"زوجتى", "ماما", "تيتا", "جدو", "جدتى", "أخويا",
		"برادرم", "خواهرم", "بچه ام", "فرزندم", "نوزادم", "مامانم", "مامان", "بابام", "مادر بزرگم", "مامان بزرگم", "پدر بزرگم",
		"بابا بزرگم", "پسرمان", "دخترمان", "مادرمان", "پدرمان", "بچه مان", "فرزندمان", "مادر من", "پدر من", "شوهر من",
		"我儿子",
		"我姐",
		"我們的孩子",
		"私の母", "うちの母", "私の父", "うちの父", "父が", "父は", "私の夫", "うちの夫", "私の妻", "うちの妻", "妻が", "妻は", "私の息子", "うちの息子", "息子が", "息子は", "私の娘",
		"うちの娘", "うちの子供", "私の子供", "祖母が", "祖母は", "祖父が", "祖父は", "私の兄", "私の弟", "うちの兄", "私の姉", "私の妹", "姉の", "うちの赤ちゃん",
		"우리 아들", "제 아들", "저희 아들", "우리 딸", "제 딸", "저희 딸", "우리 남편", "제 남편", "저희 남편", "제 아내", "우리 할머니", "할머니가", "우리 할아버지", "할아버지가",
		"우리 아기", "저희 아이가", "우리 누나", "우리 언니", "우리 오빠", "제 동생", "우리 동생", "저희 엄마", "엄마가", "저희 아빠", "아빠가",
		"मेरी माँ", "मेरी मां", "मेरी मम्मी", "मम्मी", "मेरी माता जी", "मेरे पिता", "मेरे पिताजी", "मेरे पापा", "मेरा बेटा",
		"मेरे बेटे", "मेरी बेटी", "मेरे पति", "मेरी पत्नी", "मेरी दादी", "मेरी नानी", "मेरे दादा", "मेरे नाना", "मेरे दादाजी",
		"मेरा भाई", "मेरे भाई", "मेरी बहन", "मेरा बच्चा", "मेरे बच्चे", "मेरी बच्ची", "हमारा बेटा", "हमारी बेटी", "हमारा बच्चा",
		"हमारे बच्चे",
		"walaalkay", "walaalkey", "walaashay", "walaashey", "ilmahayga", "cunuggayga", "hooyadey", "seygayga", "hooyadeen",
		"aabbaheen", "wiilkeenna", "gabadheenna", "ayeeyo", "awoowe",
		"моему мужу", "моей маме", "мою маму", "мою мать", "моему папе", "моего папу", "моей жене", "мою жену", "у жены", "моему сыну",
		"моей дочке", "моя дочка", "моей дочки", "мою дочь", "у дочки", "моей бабушке", "мою бабушку", "у бабушки", "моя бабуля",
		"бабуля", "моему дедушке", "моего дедушку", "у дедушки", "мой дедуля", "дедуля", "мой брат", "моего брата", "моему брату",
		"моя сестра", "моей сестры", "моей сестре", "мой ребёнок", "мой ребенок", "моего ребёнка", "моего ребенка", "моему ребёнку",
		"моему ребенку", "наш сын", "нашего сына", "наша дочь", "нашей дочери", "наша дочка", "наша мама", "нашей мамы", "наш папа",
		"нашего папы", "наш ребёнок", "наш ребенок", "нашего ребёнка", "нашего ребенка", "мой малыш", "моего малыша", "наш малыш",
		"нашего малыша",
		"моїй мамі", "моя мати", "моєї матері", "у мами", "мій батько", "мого батька", "моєму татові", "у тата", "моєму чоловікові",
		"моїй дружині", "у дружини", "моєї дочки", "мою доньку", "моїй доньці", "моєму синові", "моєму сину", "моєї бабусі",
		"мою бабусю", "у бабусі", "мого дідуся", "у дідуся", "мій брат", "мого брата", "моєї сестри", "моя дитина", "моєї дитини",
		"мою дитину", "наша дитина", "нашої дитини", "наш син", "нашого сина", "наша донька", "нашої доньки", "нашої мами", "наш тато",
		"нашого тата", "моє немовля", "наше немовля", "мій малюк", "наш малюк", "нашого малюка",
		"mẹ em", "mẹ của tôi", "mẹ mình", "bố em", "bố của tôi", "bố mình", "chồng em", "chồng của tôi", "vợ em", "vợ của tôi",
		"con trai em", "con trai chúng tôi", "con gái em", "con gái chúng tôi", "bà nội tôi", "bà ngoại tôi", "bà nội", "bà ngoại",
		"ông nội tôi", "ông ngoại tôi", "ông nội", "ông ngoại", "anh trai tôi", "em trai tôi", "chị gái tôi", "em gái tôi",
		"con của tôi", "con chúng tôi", "bé nhà tôi", "bé nhà em", "mẹ chúng tôi", "bố chúng tôi",
		"mama ko", "inay ko", "ina ko", "nanay namin", "papa ko", "itay ko", "ama ko", "tatay namin", "anak kong lalaki",
		"anak kong babae", "mister ko", "misis ko", "kuya ko", "ate ko", "kapatid ko", "anak namin", "lola namin", "lolo namin",
		"pitit gason mwen", "pitit fi mwen", "mari mwen", "madanm m", "fanm mwen", "grann mwen", "grann m", "granmè m", "granmè mwen",
		"grann", "granpè m", "granpè mwen", "frè m", "frè mwen", "pitit nou", "manman nou", "timoun mwen", "bebe mwen", "bebe m",
		"anneme", "annemi", "annemle", "babama", "babamı", "babamla", "oğlumun", "oğluma", "oğlumu", "kızımın", "kızıma", "kızımı",
		"kocam", "kocamın", "eşime", "eşimi", "babaannem", "anneannem", "babaannemin", "anneannemin", "ninemin", "dedemin",
		"erkek kardeşim", "abim", "ağabeyim", "kız kardeşim", "ablam", "çocuğum", "çocuğumun", "çocuğumuz", "çocuğumuzun", "bebeğimiz",
		"bebeğimizin", "oğlumuz", "oğlumuzun", "kızımız", "kızımızın", "annemiz", "babamız",
		"μητέρα μου", "μητερα μου", "μητέρας μου", "μητερας μου", "μαμά μου", "μαμα μου", "μαμάς μου", "μαμας μου", "πατέρας μου",
		"πατερας μου", "πατέρα μου", "πατερα μου", "μπαμπάς μου", "μπαμπας μου", "μπαμπά μου", "μπαμπα μου", "γιος μου", "γιο μου",
		"γιου μου", "κόρη μου", "κορη μου", "κόρης μου", "κορης μου", "άντρας μου", "αντρας μου", "άντρα μου", "αντρα μου",
		"σύζυγός μου", "συζυγος μου", "σύζυγος μου", "συζύγου μου", "συζυγου μου", "γυναίκα μου", "γυναικα μου", "γυναίκας μου",
		"γυναικας μου", "γιαγιά μου", "γιαγια μου", "γιαγιάς μου", "γιαγιας μου", "παππούς μου", "παππους μου", "παππού μου",
		"παππου μου", "αδερφός μου", "αδερφος μου", "αδελφός μου", "αδελφος μου", "αδερφού μου", "αδερφου μου", "αδερφή μου",
		"αδερφη μου", "αδελφή μου", "αδελφη μου", "αδερφής μου", "αδερφης μου", "παιδί μου", "παιδι μου", "παιδιού μου", "παιδιου μου",
		"παιδί μας", "παιδι μας", "μωρό μας", "μωρο μας", "γιος μας", "γιο μας", "κόρη μας", "κορη μας", "μητέρα μας", "μητερα μας",
		// the relatives whose "my" is a suffix or follows them, as keyMine has them
		"babamın", "annemin", "oğlum", "kızım", "eşim", "eşimin", "dedem", "ninem", "kardeşim", "kardeşimin", "ablamın", "abimin", "جدتي", "جدي", "أخي", "أختي", "مادرم", "پدرم", "پسرم", "دخترم", "همسرم", "شوهرم", "مادربزرگم", "پدربزرگم", "እናቴ", "አባቴ", "ልጄ", "ባለቤቴ", "bà tôi", "ông tôi", "mama yangu", "baba yangu", "mtoto wangu", "mume wangu", "mke wangu", "bibi yangu"},
	keyHer:     {"her", "his"},
	keyContact: {"called", "phoned", "texted", "reached", "saw", "seen", "spoke", "talked"},
	keySeen: {"seen in our office", "seen in our clinic", "seen today", "under my care", "under our care",
		"esteve sob meus cuidados", "sob meus cuidados", "estuvo bajo mi cuidado", "bajo mi cuidado", "sous mes soins", "in meiner behandlung",
		"return to work", "return to school", "excused from work", "excused from school", "attended our",
		"enrolled in our", "treated in our", "treated at our", "evaluated for", "treated for", "diagnosed with",
		"hospitalized for", "hospitalised for", "admitted for", "admitted to", "admitted overnight", "admitted last night", "admitted yesterday", "admitted this morning", "shared a reading", "shared a blood pressure reading", "shared a glucose reading", "discharged from", "discharged yesterday", "discharged today", "discharged home", "discharged tomorrow", "discharged tmrw", "tested positive for", "tested negative for", "tested positive", "tested negative", "tested reactive", "tested reactive for", "screened positive", "screened positive for", "seroconverted", "was seen at", "was seen in", "was seen by", "may return to work", "your pt", "your patient", "our pt", "su paciente",
		"medical leave", "sick leave", "recovering at home",
		"due for a visit", "due for their", "due for a checkup", "due for a check-up",
		"due for a cleaning", "due for a physical", "due for an appointment", "due for a refill", "due for a recheck",
		"due for follow-up", "due for a follow-up", "cleared to return", "cleared to come back", "cleared for full duty",
		"cleared for light duty", "cleared for duty", "cleared for", "relapsed", "relapsed on", "overdosed", "overdosed on"},
	keyFamily: {"пане", "пані", "пан", "آقای", "خانم", "السيد", "السيدة", "mudane", "marwo", "ato", "weyzero", "አቶ", "ወይዘሮ", "ወ/ሮ", "ወይዘሪት", "श्री", "श्रीमती", "bayan", "mr", "mrs", "ms", "miss", "mx", "sr", "sra", "srta", "señor", "señora", "mme", "mlle", "herr", "frau", "ông", "bà", "don", "doña", "chị", "anh", "cô", "bác", "господин", "госпожа",
		"g", "gng", "bb", "ginoong", "binibining",
		"msye", "mesye", "madan", "madame", "monsieur", "manmzèl", "manzè", "mademoiselle",
		"sig.ra", "sig.na", "signor", "signora", "signorina", "sig", "sigg",
		"pani", "pan", "panie",
		"dhr", "mevr", "mevrouw", "meneer", "de heer",
		"grandpa", "grandma", "granny", "uncle", "aunt", "auntie", "tío", "tía", "abuelo", "abuela",
		"vovô", "vovó", "vovo", "avô", "avó", "titio", "titia", "oma", "opa", "onkel", "tante", "nonno", "nonna", "zio", "zia",
		"babcia", "dziadek", "wujek", "ciocia", "dede", "amca", "teyze", "dayı", "giagia", "papous",
		"doamna", "doamnă", "doamnei", "domnul", "domnule", "domnului", "dna", "ibu", "bapak",
		"জনাব", "জনাবা", "শ্রী", "শ্রীমতী"},
}

// neutralPhrases hold a keyword without its meaning, and hide it where
// they occur. "Reply STOP to opt out" is the notice every text-message
// programme must carry, an appointment reminder as much as a promotion:
// it says nothing of a mailing list, unlike "unsubscribe" in an e-mail.
// A mock or test patient in training and test mail is no one's; "your
// tax records" are a donor's. An Arabic "آخر موعد" (last date) is a
// deadline, no appointment: "آخر موعد للتقديم", the last day to apply.
// A return authorization is a supplier's number for goods sent back, no
// prior authorization of care; an ID card's "Rx BIN" routes pharmacy
// claims, and an account manager is a vendor's job title. A disaster
// recovery center is where FEMA meets a storm's victims, no treatment
// programme. A nephew who will study veterinary medicine makes a family's
// newsletter no vet's reminder.
var neutralPhrases = []string{"veterinary medicine", "medicina veterinaria", "vet school", "veterinary school", "escuela de veterinaria", "médecine vétérinaire", "tiermedizin",
	"return authorization", "return authorisation", "return merchandise authorization",
	"return goods authorization", "returns authorization",
	"rx bin", "rx pcn", "rx grp", "rx group", "account manager", "account executive", "account rep", "account representative",
	"account director", "account coordinator", "account specialist", "stop to opt out", "stop to opt-out", "stop to unsubscribe", "stop to cancel",
	"stop to end", "stop to quit", "stop para cancelar", "stop para salir",
	"mock patient", "simulated patient", "standardized patient", "standardised patient", "test patient", "sample patient",
	"fictional patient", "example patient", "demo patient", "dummy patient", "tax records", "tax record",
	"测试患者", "測試患者", "测试病人", "テスト患者", "테스트 환자", "患者主索引", "患者信息", "患者資訊",
	"آخر موعد", "اخر موعد", "disaster recovery center", "disaster recovery centers", "disaster recovery centre",
	"disaster recovery centres", "data recovery center", "data recovery centre", "business recovery center"}

// debtPhrases say a debt collector writes, as the law has it say so:
// "Halberd Recovery Services" recovers an unpaid bill, not from
// addiction; and so does a payer's payment-integrity vendor, whose
// "Clarion Recovery Partners" recover overpaid claims.
var debtPhrases = []string{"debt collector", "collect a debt", "collection agency", "collections agency", "debt collection",
	"payment integrity", "subrogation", "overpayment", "overpayments", "overpaid claims", "recovery audit", "third-party liability"}

// lurePhrases say a message reports on phishing lures, or is one: its
// "your test result" is a lure's, spoken to no one. Only that: the names
// in an IT update that mentions a drill are still people.
var lurePhrases = []string{"phishing simulation", "phishing simulations", "simulated phishing", "phishing drill",
	"phishing exercise", "phishing test", "phishing campaign", "phishing lure", "phishing lures",
	"phishing-mail", "phishing-mails", "phishing-e-mail", "phishing-e-mails", "phishing-nachricht", "phishing-nachrichten",
	"correo de phishing", "correos de phishing", "courriel d'hameçonnage", "courriels d'hameçonnage", "e-mail de phishing",
	// and a lure's own threats: an account suspended unless its reader pays or confirms at once
	// (each opening with a rare word: "your account will be closed" cost every text 2 M instructions per MB)
	"sera suspendu", "sera suspendue", "será suspendida", "será suspendido", "wird gesperrt",
	"redelivery fee", "avoid suspension", "evitar la suspensión", "éviter la suspension", "verify your account",
	"verify your banking information", "verify your bank account", "avoid termination of your", "verifique su cuenta"}

// leavePhrases speak of an employee's leave for their own health: mail
// between colleagues about it is about one person, often the one greeted.
var leavePhrases = []string{"medical leave", "sick leave", "leave of absence", "disability leave", "return to work",
	"return-to-work", "fitness for duty", "fitness-for-duty", "fitness to return", "fitness-to-return", "fmla",
	"work note", "sick note", "doctor's note", "doctors note", "leave request"}

// opsPhrases say a message runs a service, not one person's care: a
// workflow's go-live, a teaching session, an outreach event. Its
// greeting greets a colleague or a partner; its clinical words are the
// service's.
// partyPhrases celebrate a colleague: the birthday a card is signed for
// is no patient's date of birth.
// groupedPhrases say a report gives counts of people, none of them by
// name: a wellness vendor's "aggregate report" to an employer.
var groupedPhrases = []string{"aggregate report", "aggregate data", "aggregate results", "aggregate statistics", "aggregated data",
	"aggregate only", "de-identified", "deidentified", "group results", "no one can be identified", "population-level",
	"no claimant-level", "no member-level", "no patient-level", "no individual-level", "experience report"}

var partyPhrases = []string{"birthday card", "birthday cake", "birthday lunch", "birthday party", "birthday celebration",
	"happy birthday", "sign the card", "sign her card", "sign his card", "baby shower", "retirement party", "farewell card",
	"birthday is", "chipping in", "chip in"}

var opsPhrases = []string{"go-live", "goes live", "go live", "workflow", "workflows", "order set", "order sets", "flowsheet",
	"smartphrase", "dot phrase", "grand rounds", "webinar", "webinars", "workshop", "workshops", "in-service", "inservice",
	"lunch and learn", "lunch-and-learn", "lunch & learn", "lunch n learn", "cme credit", "cme credits", "ceu", "ceus", "curriculum", "health fair", "testing van",
	"pop-up clinic", "outreach event", "community event", "your clients", "our clients", "staff meeting", "all-staff", "tabling",
	"speaker", "speakers", "presenter", "presenters", "keynote", "abstract", "abstracts", "symposium", "conference room",
	"call for abstracts", "call for papers", "appel à communications", "soumission des résumés", "frais d'inscription",
	"colloque", "congrès", "convocatoria", "congreso", "jornadas", "simposio", "hội thảo", "tagung", "kongress",
	"password reset", "reset your password", "password expires", "password will expire", "multi-factor authentication",
	"sandbox tenant", "sandbox environment", "data segmentation", "segmentation scope", "sensitive-category", "capabilitystatement"}

// draftPhrases say a message reviews the wording of a document meant for
// many (marketing copy, a web page, a contract's redline, a template and
// its proofs): its clinical words are the document's, and its greeting
// greets the reviewer.
var draftPhrases = []string{"landing page", "web copy", "ad copy", "marketing copy", "brochure copy", "final copy", "copy deck",
	"redline", "redlines", "redlined", "business associate agreement", "baa",
	"merge fields", "merge field", "mail merge", "print proof", "template proof", "placeholders", "sample letter", "sample eob",
	"letter template", "email template", "sms template", "text template", "message template", "reminder template",
	"back-translation", "back-translations", "translation review",
	"campaign concepts", "creative concepts", "social calendar", "content calendar", "paid social", "social post", "social posts",
	"explainer video", "myth vs fact", "search ads", "ad group", "ad groups", "ad spend", "paid search", "search campaign",
	"top keywords", "cost per click", "cost per call", "click-through rate"}

// selfReports are the symptoms a writer reports of themself, in the
// first person: a patient writing to their clinic ("me duele la espalda
// desde la consulta", "I have had a fever since Tuesday"). The symptom is
// a diagnosis; its writer, named by the From: line and the signature, is
// the patient. Only statements no newsletter or staff notice makes.
var selfReports = []string{
	"i have a fever", "i've had a fever", "i had a fever", "i have had a fever", "i still have a fever",
	"i have a rash", "i have a cough", "i've had a cough", "i have had a cough", "i've been coughing",
	"i've been vomiting", "i have been vomiting", "i threw up", "i keep throwing up",
	"my back hurts", "my head hurts", "my chest hurts", "my knee hurts", "my stomach hurts", "my throat hurts",
	"my ear hurts", "my tooth hurts", "my foot hurts", "my hip hurts", "my shoulder hurts", "my leg hurts",
	"my neck locked up", "my back locked up", "my back went out", "threw my back out", "threw out my back", "pulled my back",
	"my sugars", "mis azúcares", "mis azucares", // a diabetic's blood sugars, as they write of them
	"me duele", "me duelen", "tengo fiebre", "tengo dolor", "tengo tos", "tengo gripa", "he tenido fiebre",
	"estou com dor", "estou com febre", "tenho febre",
	"ich habe fieber", "ich habe schmerzen",
	"mam gorączkę", "boli mnie",
	"у меня болит", "у меня температура", "у мене болить", "у мене температура",
	"я в детоксе", "я лёг в детокс", "я лег в детокс", "я легла в детокс", "лежу в детоксе", "я ліг у детокс", "лежу в детоксі",
	"ho la febbre", "mi fa male",
	"j'ai de la fièvre",
	"may lagnat ako", "nilalagnat ako",
	"tôi bị đau", "tôi bị sốt",
	"mwen gen lafyèv",
	"no se me quita", "no se me ha quitado", "pastillas que me", "medicina que me", "medicamento que me",
	"pills you gave me", "medicine you gave me", "medication you gave me", "pills you prescribed me",
	"mole on my back", "mole on my arm", "mole on my face", "mole on my neck", "mole on my leg", "mole on my chest",
	"mole on my shoulder", "moles on my", "lump in my breast", "lump in my neck", "lump on my", "rash on my",
	"started me on", "diagnosed me with", "prescribed me"}

// (A phrase's first word is looked up wherever it occurs: the phrases of
// these lists open with a rarer word than "the" or "la", which would cost
// every text 8% more.)

// selfAppointments are the writer's own appointments for care, as staff
// excuse themselves from a meeting: "I have a dentist appointment at 3".
var selfAppointments = []string{"i have a dentist appointment", "i have a dental appointment", "i have a doctor's appointment",
	"i have a doctor appointment", "i have a doctors appointment", "i have a medical appointment", "i've got a dentist appointment",
	"i've got a doctor's appointment", "i have my physio", "i have physical therapy", "i have a physio appointment",
	"tengo cita con el médico", "tengo cita con el dentista", "tengo una cita médica",
	"i'm a patient of", "im a patient of", "i am a patient of", "i'm a patient at", "i am a patient at",
	"soy paciente de", "soy paciente del", "my physical", "my annual physical", "my yearly physical",
	"refer me to dermatology", "refer me to a dermatologist", "refer me to cardiology", "refer me to a cardiologist",
	"refer me to a specialist", "refer me to physical therapy", "refer me to ortho", "refer me to orthopedics",
	"refer me to an orthopedist", "refer me to neurology", "refer me to a neurologist", "refer me to gi",
	"refer me to a gastroenterologist", "refer me to ent", "refer me to urology", "refer me to a urologist",
	"refer me to rheumatology", "refer me to a rheumatologist", "refer me to endocrinology",
	"refer me to an endocrinologist", "refer me to oncology", "refer me to an oncologist", "refer me to a surgeon",
	"refer me to an allergist", "refer me to podiatry", "refer me to a podiatrist", "refer me to ophthalmology",
	"refer me to an eye doctor", "refer me to sleep medicine", "refer me to a sleep study", "refer me to pulmonology",
	"refer me to a pulmonologist", "refer me to nephrology", "refer me to physio", "referred me to dermatology",
	"referred me to a dermatologist", "referred me to cardiology", "referred me to a cardiologist",
	"referred me to a specialist", "referred me to physical therapy", "referred me to ortho",
	"referred me to orthopedics", "referred me to an orthopedist", "referred me to neurology",
	"referred me to a neurologist", "referred me to gi", "referred me to a gastroenterologist", "referred me to ent",
	"referred me to urology", "referred me to a urologist", "referred me to rheumatology",
	"referred me to a rheumatologist", "referred me to endocrinology", "referred me to an endocrinologist",
	"referred me to oncology", "referred me to an oncologist", "referred me to a surgeon", "referred me to an allergist",
	"referred me to podiatry", "referred me to a podiatrist", "referred me to ophthalmology",
	"referred me to an eye doctor", "referred me to sleep medicine", "referred me to a sleep study",
	"referred me to pulmonology", "referred me to a pulmonologist", "referred me to nephrology", "referred me to physio"}

// phraseEnders are the words of grammar and time that may follow the
// last word of a noun phrase: "your colonoscopy is on Thursday", "her MRI
// at Westside Imaging", "his metformin last week"; and the nouns of a
// service the care is given in: "your intensive outpatient group".
var phraseEnders = wordSet(`is are was were will would should can could may might must has have had be been do does
did with without on at in for to of from by before after until about and or but if so as than that which when while
during since per via into through not also again now today tonight tomorrow yesterday last next this morning
you because sometimes daily every twice once yet too anymore regularly each porque
afternoon evening es está fue con en para de del el la los las y o que por antes después hoy mañana
group groups session sessions class classes meeting meetings program programme
came comes showed shows dropped rose fell increased decreased improved worsened remains remained looks looked seems
needs needed went goes got runs ran run makes made keeps kept helps helped works worked stopped started gives gave causes caused hurts
isn't doesn't didn't won't isn’t doesn’t didn’t won’t
dün bugün yarın ve ile için sonra önce ontem hoje amanhã com depois hier demain avec après pour ieri oggi domani dopo
gestern heute morgen und für mit nach wczoraj dzisiaj dziś jutro dla вчера сегодня завтра для после`)

// serviceNouns are the nouns of a service care is given in.
var serviceNouns = wordSet(`group groups session sessions class classes meeting meetings program programme visit visits
shot shots injection injections implant insertion refill refills dose doses appointment`)

// careRoles are the care nouns that name a carer, and adviceVerbs (alone
// or before adviceTo) what a leaflet tells the reader to do with one:
// "ask your dietitian", "talk to your pharmacy".
var (
	careRoles = wordSet(`counselor counsellor therapist psychiatrist psychologist dietitian dietician nutritionist
surgeon oncologist cardiologist pharmacy`)
	adviceVerbs = wordSet(`ask asking tell consult contact call see talk talking speak speaking check`)
	adviceTo    = wordSet(`to with`)
	agentNouns  = wordSet(`lab labs laboratory team office`)
)

// auxiliaries stand between a name and the keySeen phrase of its bearer:
// "Ana Ruiz was seen today", "Devon Price has been enrolled in our".
var auxiliaries = wordSet(`is are was were has have had been being may can will should could be remains`)

// notNames are capitalised words that follow a name keyword without being
// a name: "Dear Member", "Patient Portal", "Patient Monitor Series X2",
// "services rendered to Mercy Hospital".
var notNames = wordSet(`beneficiary beneficiaries enrollee enrollees policyholder policyholders member members customer customers patient patients colleague colleagues friend friends team
all sir madam valued parent parents guardian guardians provider providers doctor doctors everyone neighbor neighbors
user users subscriber subscribers client clients partner partners reader readers staff hello hi portal care services
service safety education experience information satisfaction access advocate advocates relations financial
billing records record name names id number first last family community participant participants applicant
applicants candidate candidates supplier suppliers vendor vendors student students employee employees faculty
manager managers sales support admin administrator administrators board committee colleagues, health healthcare
account accounts our the this that your you we and or of for with from to in on at by a an is are was be has
intake registration privacy rights responsibilities satisfaction survey feedback forms form portal app mobile
paciente pacientes miembro miembros cliente clientes estimado estimada señor señora usuario usuarios equipo todos
amigos familia january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday today tomorrow sir/madam mr mrs ms dr prof thanks thank hey greetings good
morning afternoon evening reminder update note notice attention important urgent welcome congratulations please
folks everybody attn hola gracias bonjour merci hallo danke ciao grazie olá obrigado attached attachment hope sorry fyi
pasyente miyembro kliyente пациент пациенты клиент клиенты коллега коллеги пользователь друзья
רב לכולם לכם הצוות צוות המרפאה המשרד alla allihopa kollegor ügyfelünk ügyfeleink partnerünk kollégák páciensünk mteja wateja wote wenzangu
πελάτη πελάτες συνάδελφοι client clienți colegi pacient pacienți
नागरिकों साथियों मित्रों सदस्यों अभिभावकों भाइयों बहनों सुधी সুধী বন্ধুরা সদস্যগণ অভিভাবকগণ সকলকে
пацієнт пацієнти клієнт клієнти колеги друзі
العميل العملاء عملائنا المشترك المشتركين المستخدم الزميل الزملاء الموظفين مشتری مشتریان همکار همکاران کاربر کاربران ደንበኛ ደንበኞች
hospital hospitals clinic clinics center centre centers medical associates group inc llc ltd corp corporation
company university college institute foundation laboratory laboratories department dept office practice
supply supplies systems solutions contact monitor monitors lift lifts model models series system chair chairs bed
beds gown gowns transport warming
państwo panie panowie kollegen kolleginnen damen herren collègues colegas colleghi madame monsieur mesdames messieurs
signore signori senhor senhora senhores collega equipe équipe team's
hekim hekimimiz hekimler doktorumuz meslektaşım meslektaşlarımız üyelerimiz
pacjenci pacjentki pacjencie pacjentów klienci członkowie rodzice mieszkańcy patienten patientinnen mitglieder eltern
nurses physicians residents fellows directors coordinators supervisors leads leaders chiefs educators navigators
pharmacists therapists technicians clinicians researchers investigators volunteers stationsleitungen stationsleitung
pflegekräfte ärzte ärztinnen mitarbeitende mitarbeiterinnen mitarbeiter leitungen enfermeras enfermeros médicos
coordinadores infirmières infirmiers médecins
kunden patientes membres familles pazienti soci genitori clienti membros pais አባላት የማህበረሰባችን ማህበረሰብ
san santa santo saint sainte são parokya parish parroquia paroisse
facilities maintenance security housekeeping payroll purchasing procurement compliance legal marketing finance
accounting operations scheduling registration admissions engineering biomed
free new join save hurry limited special exciting happy friendly quick final just also finally again now here yes okay ok sure big great`)

// providerTitles and credentials go with the name of whoever gives care,
// not of a patient: "Dr. Sarah Kim reviewed her results", "Ana Rivera,
// MD". A name after a title or before a credential is nobody's patient.
var providerTitles = wordSet(`dr doctor dra doctora prof professor nurse np rn pa`)

var credentials = wordSet(`md m.d do d.o rn np pa pa-c phd dnp lpn lvn crna cnm aprn lcsw licsw lmft lpc dds dmd od cgc lgc ms ma mhs mpas
pharmd rph msn bsn mph mba facc facp facs faap pmhnp pmhnp-bc fnp fnp-c fnp-bc agnp agpcnp anp psyd lcadc ladc cadc lcpc lmhc lisw otr slp ccc-slp rdn cde cdces ibclc`)

// monthNames are the month names and abbreviations a written date uses.
var monthNames = wordSet(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec enero febrero marzo abril mayo junio julio agosto septiembre
setiembre octubre noviembre diciembre ene abr ago dic janvier février mars avril mai juin juillet août septembre
octobre novembre décembre januar februar märz juni juli oktober dezember janeiro fevereiro março maio junho julho
setembro outubro novembro dezembro enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre
nobyembre disyembre января февраля марта апреля мая июня июля августа сентября октября ноября декабря
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь січня лютого березня квітня
травня червня липня серпня вересня жовтня листопада грудня січень лютий березень квітень травень червень липень
серпень вересень жовтень листопад грудень gennaio febbraio aprile maggio giugno luglio settembre ottobre
dicembre gen mag giu lug ott stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października
listopada grudnia styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik grudzień januari
februari maart mei augustus
ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık
يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر
ژانویه فوریه آوریل ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر
ιανουαρίου φεβρουαρίου μαρτίου απριλίου μαΐου μαίου ιουνίου ιουλίου αυγούστου σεπτεμβρίου οκτωβρίου νοεμβρίου δεκεμβρίου
ιανουαριου φεβρουαριου μαρτιου απριλιου μαιου ιουνιου ιουλιου αυγουστου σεπτεμβριου οκτωβριου νοεμβριου δεκεμβριου
ledna února března dubna května června července srpna září října listopadu prosince
ianuarie februarie martie aprilie iunie iulie septembrie octombrie noiembrie decembrie
január február március április május június július augusztus szeptember október
maret agustus desember`)

// streetSuffixes end a street address: "123 Main St".
var streetSuffixes = wordSet(`street st avenue ave road rd boulevard blvd lane ln drive dr court ct way place pl
parkway pkwy highway hwy circle cir terrace ter square sq trail trl pike plaza calle avenida camino`)

// wordSet returns the set of the words of s, folded as the scanner folds
// the words it looks up ("está", "février" as "esta", "fevrier").
func wordSet(s string) termSet {
	t := &termTable{words: map[string]bool{}}
	for _, w := range strings.Fields(s) {
		t.words[string(fold(nil, []byte(w)))] = true
	}
	n := 4
	for n < 2*len(t.words) {
		n *= 2
	}
	t.slots, t.keys = make([]uint64, n), make([]string, n)
	for f := range t.words {
		h := hashString(f)
		setFilter[(h%setFilterBits)/64] |= 1 << (h % 64)
		k := h & uint64(n-1)
		for t.slots[k] != 0 {
			k = (k + 1) & uint64(n-1)
		}
		t.slots[k], t.keys[k] = h|1, f
	}
	return t
}

// termSet is a set of folded words. wordSet files each in setFilter too,
// by its wordHash: most words of a text are in no set, and a bit test on
// the hash the tokenizer gave an ASCII word says so before the word is
// folded and looked up (scanner.in). A word that passes is looked up in
// the set's own table of hashes, open addressed, at most half full: a
// hash found there is checked against its word (holds).
type termSet = *termTable

// termTable is what a termSet points to: passed by pointer, a set costs a
// call one word, not seven.
type termTable struct {
	words map[string]bool
	slots []uint64 // a word's hash with its low bit set; 0 is empty
	keys  []string // the word of each slot
}

// holds reports whether the ASCII word w, whose wordHash is h, is in t.
func (t *termTable) holds(h uint64, w []byte) bool {
	mask := uint64(len(t.slots) - 1)
	for k := h & mask; t.slots[k] != 0; k = (k + 1) & mask {
		if t.slots[k] == h|1 && foldedEqual(w, t.keys[k]) {
			return true
		}
	}
	return false
}

// foldedEqual reports whether the ASCII word w folds to f.
func foldedEqual(w []byte, f string) bool {
	if len(w) != len(f) {
		return false
	}
	for k, c := range w {
		if c|lowerBit[c] != f[k] {
			return false
		}
	}
	return true
}

const setFilterBits = 1 << 18

// setFilter holds the hash of every word of every termSet. wordSet writes
// it only while the package initialises its variables.
var setFilter [setFilterBits / 64]uint64

// has reports whether the folded word w is in t.
func (t *termTable) has(w []byte) bool { return t.words[string(w)] }

// hasString is has for a string.
func (t *termTable) hasString(w string) bool { return t.words[w] }

// subjectTags mark a message sensitive in its subject.
var subjectTags = []string{"[secure]", "[encrypt]", "[encrypted]", "[phi]", "[confidential]", "[seguro]", "[confidencial]"}
