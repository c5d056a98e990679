package payload

import (
	"reflect"
	"strings"
	"testing"
)

// TestCSVHeaders: how header rows map to kinds, with one data row that
// fills every column.
func TestCSVHeaders(t *testing.T) {
	t.Run("phone counts", func(t *testing.T) { // a dashboard's calls by language, not numbers to call
		s, err := Read(CSV, strings.NewReader("month,language,encounters,video,phone\n2026-11,Spanish,6412,2980,1222\n"), 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(s.Identifiers) != 0 {
			t.Errorf("counts in a phone column: %q, want none", s.Identifiers)
		}
	})
	cases := []struct {
		header   string
		ids      []string
		clinical []string
	}{
		{"first name,last name", []string{"name"}, nil},
		{"FirstName,LastName,Email Address", []string{"email", "name"}, nil},
		{"name,price", nil, nil},
		{"name,phone", []string{"name", "phone"}, nil},
		{"Name,Patient Status", []string{"name"}, nil},
		{"patient_id,date_of_birth,ssn", []string{"dob", "mrn", "ssn"}, nil},
		{"Member ID,Subscriber ID,Policy Number,Claim Number,Account Number",
			[]string{"account", "claim", "member-id"}, nil},
		{"Chart Number,Street,Telephone", []string{"address", "mrn", "phone"}, nil},
		{"IP Address,hostname,user name", nil, nil},
		{"mrn,dx1,ICD10Code,NDC,Rx,CPT,HCPCS,Lab Result,Allergies,DOS,Provider Name",
			[]string{"mrn"}, []string{"allergy", "diagnosis", "encounter", "medication", "observation", "procedure"}},
		{"test,result,condition,appointment", nil, nil},
		{"mrn,test,result,condition,appointment", []string{"mrn"}, []string{"diagnosis", "encounter", "observation"}},
		{"icd10,description,count", nil, []string{"diagnosis"}},
		{"job,patient,od_sph,od_cyl,od_axis,os_sph,os_cyl,os_axis,add,pd,lens,frame", []string{"name"}, []string{"observation"}}, // an optical lab's jobs
		{"sku,lens,sph,cyl,qty", nil, []string{"observation"}},                                                                   // a lens stock list: no one's
		{"Nombre,Apellidos,Fecha_Nacimiento,Correo electrónico,Dirección,Teléfono", []string{"address", "dob", "email", "name", "phone"}, nil},
		{"paciente,diagnóstico,medicación,procedimiento,alergias,vacuna",
			[]string{"name"}, []string{"allergy", "diagnosis", "immunization", "medication", "procedure"}},
		{"Patient,Medical Record Number,Date of Service,Visit Date", []string{"mrn", "name"}, []string{"encounter"}},
		{"Guia;Beneficiário;Carteirinha;Internação;CID-10;Diagnóstico", []string{"member-id", "name"}, []string{"diagnosis", "encounter"}}, // a Brazilian payer's
		{"Client\tDx\tSession\tNotes", []string{"name"}, []string{"diagnosis"}},                                                            // a counsellor's caseload
		{"Client,Invoice,Amount", []string{"name"}, nil},
		{"employee_id,name,dept,screen_date,a1c_pct,bp,flag", nil, []string{"observation"}}, // a wellness screening's results
		{"Nom;Prénom;Date de naissance", []string{"dob", "name"}, nil},
		{"Date,C-L attending,C-L pager,3 North attending,3N pager,Backup phone", nil, nil},                         // an on-call roster
		{"이름,생년월일,검진일,혈압,공복혈당,LDL,판정", []string{"dob", "name"}, []string{"diagnosis", "encounter", "observation"}}, // a checkup's results
		{"儿童姓名,出生日期,应种疫苗,预约日期,家长电话", []string{"dob", "name", "phone"}, []string{"encounter", "immunization"}},      // a vaccination due list
		{"Vorname;Nachname;Geburtsdatum;Versichertennummer", []string{"dob", "member-id", "name"}, nil},
		{"sku\tdescription\tprice", nil, nil},
		{"DOB|Social Security", []string{"dob", "ssn"}, nil},
		{"employee_id,name,dob,unit,card,expires", nil, nil}, // a staff roster
		{"Staff Name,Badge Number,Phone", nil, nil},
		{"employee_id,patient_name,mrn,dob", []string{"dob", "mrn", "name"}, nil},                                          // staff beside their patients
		{"employee_id,last,first,dob,dept,vaccine,lot", []string{"dob"}, []string{"immunization"}},                         // employee health
		{"employee_id,name,dob,test,result", nil, nil},                                                                     // a training test's results: weak columns
		{"employee_id,name,dept,test_date,left_4k_dB,right_4k_dB,STS_left,STS_right,action", nil, []string{"observation"}}, // hearing conservation
		{"employee_id,name,unit,ppd_date,ppd_mm,quantiferon", nil, []string{"observation"}},                                // TB screening
		{"CARC,Meaning,Claims,$ denied,Top payer", nil, nil},                                                               // a dashboard counts claims
		{"Student,Grade,Teacher,Bus", nil, nil},                                                                            // a class list
	}
	for _, c := range cases {
		t.Run(c.header, func(t *testing.T) {
			sep := string(sniffDelimiter([]byte(c.header)))
			row := strings.Repeat("v 5550100"+sep, strings.Count(c.header, sep)) + "v 5550100" // a value in every column, a phone's too
			s, err := Read(CSV, strings.NewReader(c.header+"\n"+row+"\n"), 0)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(s.Identifiers, c.ids) || !reflect.DeepEqual(s.Clinical, c.clinical) {
				t.Errorf("got %q %q, want %q %q", s.Identifiers, s.Clinical, c.ids, c.clinical)
			}
			checkInvariants(t, s)
		})
	}
}

func TestSniffDelimiter(t *testing.T) {
	cases := map[string]rune{
		"a,b,c":              ',',
		"a\tb\tc":            '\t',
		"a;b;c\n1,5;2,5;3":   ';',
		`"a,b";"c,d";e`:      ';',
		"a|b|c":              '|',
		"single":             ',',
		"a\tb,c\td\n1,2,3,4": '\t',
	}
	for head, want := range cases {
		if got := sniffDelimiter([]byte(head)); got != want {
			t.Errorf("sniffDelimiter(%q) = %q, want %q", head, got, want)
		}
	}
}

func TestHeaderWords(t *testing.T) {
	cases := map[string][]string{
		"PatientDOB":          {"patient", "dob"},
		"fecha_de_nacimiento": {"fecha", "de", "nacimiento"},
		"Teléfono #":          {"telefono"},
		"ICD10Code":           {"icd10", "code"},
		"  ":                  nil,
	}
	for h, want := range cases {
		if got := headerWords(h); !reflect.DeepEqual(got, want) {
			t.Errorf("headerWords(%q) = %q, want %q", h, got, want)
		}
	}
}

// TestCSVNamesPeople: a name column beside a clinical one, with no other
// sign of a person, is about patients when its values are people's names.
func TestCSVNamesPeople(t *testing.T) {
	cases := []struct {
		csv     string
		records int
	}{
		{"Name,Time,Reason\nAna Ruiz,9:00,diabetes follow-up\nJohn Park,9:30,knee pain\nLee Wong,10:00,A1c recheck\n", 3},
		{"Name;Diagnosis\nRuiz, Ana;E11.9\nPark, John;M17.11\n", 2},
		{"Name,Reason\nInfusion Pump,Returned: damaged\nGlucose Test Strips,Recall\n", 0},
		{"Code,Name,Condition\nE11.9,Type 2 diabetes mellitus,chronic\nI10,Essential hypertension,chronic\n", 0},
		{"Name,Time,Reason\nAna Ruiz,9:00,follow-up\nTable,9:30,x\nChair,10,y\n", 0},                                        // one in three
		{"bed,name,age,dx\n1,\"Albers, Gene\",72,septic shock\n2,\"Mwangi, Grace\",55,DKA\n3,\"Tanaka, Hiro\",80,ICH\n", 3}, // record order
		{"bed,pt,age,dx\n3N-01,\"Bauer, T\",45,MDD\n3N-02,\"Salcedo, M\",29,schizophrenia\n", 2},                            // a census's "pt"
		{"Name,Condition\n\"Widget, blue\",new\n\"Gasket, 2in\",used\n", 0},
		{"Athlete\tSport\tInjury\tStatus\nAva Lindqvist\tVolleyball\tankle sprain\tOUT\nMarcus Dill\tFootball\tAC sprain\tOUT\n", 2}, // a trainer's report
		{"Athlete\tSport\tInjury\tStatus\nNone reported\t-\t-\t-\n", 0},
		{"player,injury,status,expected_return\nTyrese Holm,L ACL tear,out,2027\nJonah Abbey,R hamstring strain,out,05/09\n", 2},                                                                          // a club's weekly report
		{"case_no,name,role,unit,age,onset,vomiting,diarrhea,stool_pcr\n1,Mildred Havlicek,resident,Maple,91,2026-01-11,Y,Y,norovirus GII\n2,Lionel Breckenridge,resident,Maple,84,2026-01-12,Y,N,\n", 2}, // an outbreak's line list
	}
	for _, c := range cases {
		s, err := Read(CSV, strings.NewReader(c.csv), 0)
		if err != nil {
			t.Fatal(err)
		}
		if s.Records != c.records {
			t.Errorf("%q: %d records (ids %q), want %d", c.csv, s.Records, s.Identifiers, c.records)
		}
		checkInvariants(t, s)
	}
}
