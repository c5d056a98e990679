package main

import (
	"fmt"
	"strings"
)

// Invented people for the patient-list attachments. Names are combined
// from these lists; any resemblance to a real person is coincidence.
var firstNames = []string{"Maria", "James", "Aaliyah", "Wei", "Rosa", "Daniel", "Fatima", "Kevin", "Lena",
	"Oscar", "Priscilla", "Tomasz", "Keisha", "Hiroshi", "Gabriela", "Malik", "Ingrid", "Ravi", "Beatriz",
	"Dmitri", "Shanice", "Pedro", "Mei", "Grant", "Yolanda", "Arjun", "Colleen", "Emeka", "Svetlana", "Luis"}
var lastNames = []string{"Gonzalez", "Whitfield", "Okonkwo", "Zhang", "Delgado", "Farrow", "Haddad", "Lindqvist",
	"Abernathy", "Quintero", "Nakamura", "Brennan", "Castellanos", "Pruitt", "Mbeki", "Vasquez", "Thorne",
	"Kowalczyk", "Ramdeen", "Oyelaran", "Marchetti", "Dubois", "Tran", "Holloway", "Espinoza", "Achterberg"}

type person struct {
	First, Last, Sex, DOB, MRN, Member, Phone, ZIP string
}

// people returns n deterministic invented people; seed varies the mix.
func people(n, seed int) []person {
	var ps []person
	for i := 0; i < n; i++ {
		k := i*7 + seed*13
		f := firstNames[(k+seed)%len(firstNames)]
		l := lastNames[(k*3+seed+i)%len(lastNames)]
		sex := "F"
		if (k+seed)%2 == 1 {
			sex = "M"
		}
		y := 1938 + (k*17+seed)%68
		m := 1 + (k*5+seed)%12
		d := 1 + (k*11+seed*3)%28
		ps = append(ps, person{
			First: f, Last: l, Sex: sex,
			DOB:    fmt.Sprintf("%04d-%02d-%02d", y, m, d),
			MRN:    fmt.Sprintf("%08d", 10040000+(k*7919+seed*104729)%89000000),
			Member: fmt.Sprintf("W%09d", 200000000+(k*15485863+seed)%700000000),
			Phone:  fmt.Sprintf("555-01%02d", (k+seed)%100),
			ZIP:    fmt.Sprintf("%05d", 10000+(k*331+seed*17)%89999),
		})
	}
	return ps
}

// usDate turns YYYY-MM-DD into MM/DD/YYYY.
func usDate(iso string) string {
	p := strings.Split(iso, "-")
	return p[1] + "/" + p[2] + "/" + p[0]
}

// hl7Date turns YYYY-MM-DD into YYYYMMDD.
func hl7Date(iso string) string { return strings.ReplaceAll(iso, "-", "") }
