package doctext

import (
	"bytes"
	"testing"
)

const workbook2003 = `<?xml version="1.0"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="Roster"><Table>
<Row><Cell><Data ss:Type="String">MRN</Data></Cell><Cell><Data ss:Type="String">Patient</Data></Cell><Cell><Data ss:Type="String">DOB</Data></Cell><Cell><Data ss:Type="String">Program</Data></Cell></Row>
<Row><Cell><Data ss:Type="Number">482291</Data></Cell><Cell ss:Index="3"><Data ss:Type="String">1961-03-14</Data></Cell><Cell><Data ss:Type="String">IOP
evening</Data></Cell></Row>
</Table></Worksheet></Workbook>`

// TestSpreadsheetML: an Excel 2003 XML workbook is read as a table, each
// cell in its column (a skipped column stays empty), a cell's line break
// kept inside it.
func TestSpreadsheetML(t *testing.T) {
	if Sniff([]byte(workbook2003), "application/vnd.ms-excel", "roster.xml") != "spreadsheetml" {
		t.Fatal("not sniffed as spreadsheetml")
	}
	var out bytes.Buffer
	if err := SpreadsheetML([]byte(workbook2003), &out, 1<<20); err != nil {
		t.Fatal(err)
	}
	want := "MRN\tPatient\tDOB\tProgram\n482291\t\t1961-03-14\tIOP evening\n\n"
	if out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
	out.Reset()
	if err := SpreadsheetML([]byte(workbook2003), &out, 10); err == nil || out.Len() > 10 {
		t.Errorf("limit 10: %d bytes, error %v", out.Len(), err)
	}
}
