package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/sealpost/sealpost/conf"
	"github.com/sealpost/sealpost/crypto/dkim"
	"github.com/sealpost/sealpost/crypto/seal"
	"github.com/sealpost/sealpost/crypto/tlscert"
)

// bootstrapDefaults makes, on first start with embedded defaults, what the
// relay needs and nobody configured: a self-signed certificate, a master
// key and DKIM keys under the data directory.
func bootstrapDefaults(cfg *conf.Config, stdout io.Writer) error {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return err
	}
	if err := ensureTLS(cfg.TLS, cfg.Hostname); err != nil {
		return err
	}
	if cfg.MasterKey.Env == "" {
		if err := ensureMasterKey(cfg.MasterKey.File); err != nil {
			return err
		}
	}
	if len(cfg.DKIM) > 0 {
		return nil
	}
	domain := dkimDomain(cfg.Hostname)
	for _, k := range []struct{ algo, sel string }{{"rsa", "rsa"}, {"ed25519", "ed"}} {
		file := filepath.Join(cfg.DataDir, "dkim", k.sel+".private")
		made, err := ensureDKIMKey(file, k.algo)
		if err != nil {
			return err
		}
		cfg.DKIM = append(cfg.DKIM, conf.DKIMKey{Domain: domain, Selector: k.sel, KeyFile: file})
		if made {
			if err := printTXT(stdout, domain, k.sel, file); err != nil {
				return err
			}
		}
	}
	return nil
}

// dkimDomain is the domain a host signs for: its parent domain when it has
// one ("relay.example.org" signs for "example.org").
func dkimDomain(hostname string) string {
	labels := strings.Split(hostname, ".")
	if len(labels) > 2 {
		return strings.Join(labels[1:], ".")
	}
	return hostname
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return !errors.Is(err, fs.ErrNotExist)
}

func ensureTLS(c conf.TLS, hostname string) error {
	if exists(c.CertFile) && exists(c.KeyFile) {
		return nil
	}
	certPEM, keyPEM, err := tlscert.SelfSigned([]string{hostname, "localhost", "127.0.0.1", "::1"}, 5*365*24*time.Hour)
	if err != nil {
		return err
	}
	if err := writeNew(c.CertFile, certPEM, 0o644); err != nil {
		return err
	}
	return writeNew(c.KeyFile, keyPEM, 0o600)
}

func ensureMasterKey(path string) error {
	if exists(path) {
		return nil
	}
	data, err := seal.NewKeyringFile()
	if err != nil {
		return err
	}
	return writeNew(path, data, 0o600)
}

// ensureDKIMKey makes a key at path unless one is there; made tells which.
func ensureDKIMKey(path, algo string) (made bool, err error) {
	if exists(path) {
		return false, nil
	}
	_, pemBytes, err := dkim.GenerateKey(algo)
	if err != nil {
		return false, err
	}
	return true, writeNew(path, pemBytes, 0o600)
}

// writeNew writes a file that must not exist yet, creating its directory.
func writeNew(path string, data []byte, mode os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// printTXT prints the DNS record that publishes a DKIM key, in zone file
// syntax with the value split into strings of at most 255 bytes.
func printTXT(w io.Writer, domain, selector, keyFile string) error {
	key, err := dkim.LoadKey(domain, selector, keyFile)
	if err != nil {
		return err
	}
	txt, err := dkim.TXTRecord(key.Signer.Public())
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "%s._domainkey.%s. IN TXT %s\n", selector, domain, zoneStrings(txt))
	return nil
}

func zoneStrings(s string) string {
	var parts []string
	for len(s) > 255 {
		parts = append(parts, `"`+s[:255]+`"`)
		s = s[255:]
	}
	parts = append(parts, `"`+s+`"`)
	if len(parts) == 1 {
		return parts[0]
	}
	return "( " + strings.Join(parts, " ") + " )"
}
