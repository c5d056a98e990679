package policy

import (
	"archive/zip"
	"bytes"
	"io"
	"path"
)

// maxArchiveFiles bounds the files of one archive that are read.
const maxArchiveFiles = 256

// archive reads the files of a ZIP archive as attachments of their own:
// a CSV or FHIR export zipped "because the SFTP is down" is read as it
// would be unzipped, its file names as attachment names. What it cannot
// read (an encrypted file, a damaged archive, files past the count or
// nested past the depth budget) is recorded as not scanned; the budgets
// of the message bound what its files inflate to, as they bound any
// part.
func (w *walker) archive(where Where, r io.Reader, depth int) {
	data, ok := w.whole(where, r)
	if !ok {
		return
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil || depth >= w.budgets.Depth {
		w.ev.counts[dUnscanned][whereIndex(where)]++
		return
	}
	for i, f := range zr.File {
		if i == maxArchiveFiles || w.left <= 0 {
			w.ev.counts[dUnscanned][whereIndex(where)]++
			return
		}
		if f.FileInfo().IsDir() {
			continue
		}
		w.fileName(fileNameText([]string{path.Base(f.Name)}))
		w.file(f, depth)
	}
}

// file reads one file of an archive.
func (w *walker) file(f *zip.File, depth int) {
	if f.Flags&0x1 != 0 {
		w.ev.counts[dUnscanned][whereIndex(WhereAttachment)]++ // encrypted: its password travels apart
		return
	}
	rc, err := f.Open()
	if err != nil {
		w.ev.counts[dUnscanned][whereIndex(WhereAttachment)]++
		return
	}
	defer rc.Close()
	w.content(WhereAttachment, rc, "", path.Base(f.Name), depth+1)
}
