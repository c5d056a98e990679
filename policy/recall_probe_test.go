package policy

import (
	"slices"
	"testing"
)

// tradeRecallProbes are trade documents and stock talk that are about one
// patient: a bill or a delivery note naming the patient and the care, a
// pharmacy's note on the reader's own dose. Trade explains a customer
// greeted and a customer's account; it does not explain a patient named
// beside a diagnosis.
var tradeRecallProbes = []struct {
	name  string
	level Level
	msg   []byte
}{
	{"pt-invoice-rotator-cuff", LevelPHI, probeMsg("Billing <billing@summitpt.example.com>", "Invoice 3312 - physical therapy",
		"Summit Physical Therapy - Invoice 3312", "", "Patient: Maria Delgado",
		"6 sessions of therapy for rotator cuff tear, 02/03-02/28. Amount due $720.00.",
		"Payment terms net 30. Remit to Summit PT, PO Box 88.")},
	{"statement-services-rendered", LevelPHI, probeMsg("Lakeside GI <billing@lakesidegi.example.com>", "Your statement",
		"Statement for services rendered to Thomas Greer, colonoscopy 10/02.", "Balance due $340.00.",
		"Remit to Lakeside GI Associates, 40 Shore Drive.")},
	{"dme-delivery-cpap", LevelPHI, probeMsg("Dispatch <dispatch@homedme.example.com>", "Delivery note DN-5521",
		"Delivery note DN-5521", "CPAP machine delivered to Mr. Alan Brooks for his sleep apnea on 03/03.",
		"Ship to: 14 Elm Street, Springfield. Signed by recipient.")},
	{"dental-lab-invoice-crown", LevelPHI, probeMsg("Bayside Dental Lab <ar@baysidelab.example.com>", "Invoice 20931",
		"Bayside Dental Laboratory - Invoice 20931", "For Mrs. Ruth Keller: dental crown, tooth 14, porcelain fused to metal.",
		"Amount due $640.00, payment terms net 30.")},
	{"home-infusion-invoice", LevelPHI, probeMsg("Crestline Home Infusion <ar@crestline.example.com>", "Invoice 4471",
		"Invoice 4471 - home infusion services, February.",
		"Home infusion for Mrs. Gloria Baines: vancomycin 1 g IV daily for osteomyelitis, 14 days, per diem $120.00.",
		"Remit to Crestline Home Infusion, PO Box 210.")},
	{"wound-supply-order-patient", LevelPHI, probeMsg("Orders <orders@woundsupply.example.com>", "Order confirmation 5512",
		"Order confirmation 5512. Ship to patient Kevin Osei:",
		"negative pressure wound therapy dressings, 10 per box, for his diabetic foot ulcer.", "Tracking number will follow.")},
	{"methadone-clinic-invoice", LevelRestricted, probeMsg("Harbor Recovery Services <billing@harborrecovery.example.org>", "Invoice 8813",
		"Harbor Recovery Services - Invoice 8813", "Patient: Denise Walsh",
		"Methadone maintenance dosing, March, 31 days @ $15.00. Total $465.00. Payment terms net 30.")},
	{"counselling-invoice-ptsd", LevelRestricted, probeMsg("Northside Counseling <billing@northside.example.com>", "Invoice 7702",
		"Invoice 7702 for services rendered to Jamal Price:", "8 psychotherapy sessions for PTSD, January-February, $1,120.00.",
		"Payment terms net 30.")},
	// A greeting, a drug and stock words, to the patient whose dose it is.
	{"your-heparin-dose", LevelPHI, probeMsg("Dr. Kim <kim@mercy-hospital.example.org>", "Heparin dose",
		"Hi Dana,", "", "your heparin dose is changed to 5000 units twice daily; the pharmacy has it in stock.", "", "Dr. Kim")},
	{"your-insulin-in-stock", LevelPHI, probeMsg("Mercy Pharmacy <rx@mercy-hospital.example.org>", "Your insulin",
		"Hi Marcus,", "", "your insulin pens are in stock and ready for pickup at the pharmacy;",
		"your new dose is 24 units at bedtime.", "", "Mercy Pharmacy")},
	{"your-inhaler-reordered", LevelPHI, probeMsg("Front Desk <desk@familyclinic.example.com>", "Inhaler",
		"Hi Priya,", "", "we reordered your inhaler (albuterol); it will be at the front desk Friday.")},
	{"your-buprenorphine-dose", LevelRestricted, probeMsg("Dr. Ames <ames@recoveryclinic.example.org>", "Dose change",
		"Hi Sam,", "", "your buprenorphine dose goes up to 16 mg starting Monday; we have your films in stock.", "", "Dr. Ames")},
	// An order line for a named patient, who starts the care it is for.
	{"lockbox-take-homes", LevelRestricted, probeMsg("Beth Lindqvist <bl@secondharbor.example.org>", "Add-on to PO 26-1187",
		"Hi Joanne,", "", "please add one locking medication box (catalog LB-04) to PO 26-1187. It's for Jorge Almeida, who starts take-home doses on 10/24.")},
	{"walker-starts-pt", LevelPHI, probeMsg("Beth Lindqvist <bl@secondharbor.example.org>", "Add-on to PO 26-1187",
		"Hi Joanne,", "", "please add one walker (catalog WK-2) to PO 26-1187. Jorge Almeida begins physical therapy on 10/24.")},
}

// TestTradeRecallProbes: a trade document or a stock note that names a
// patient with their care, or speaks to them of it, keeps its level; and
// it is trade (commerce or inventory found), so the probe tests what it
// means to.
func TestTradeRecallProbes(t *testing.T) {
	p := Default()
	for _, c := range tradeRecallProbes {
		x := p.Explain(c.msg, Envelope{}, false)
		if x.Level != c.level {
			t.Errorf("%s: level %s, want %s (%s)", c.name, x.Level, c.level, places(x.Sensitivity))
		}
		if !slices.ContainsFunc(x.Groups, func(g GroupScore) bool { return g.Group == GroupTrade }) {
			t.Errorf("%s: no trade found (%s)", c.name, places(x.Sensitivity))
		}
	}
}
