package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/sealpost/sealpost/channels/pickup"
)

// runPickupTemplates writes the built-in notice and code mail templates
// into a directory for the admin to edit, then loads the directory as
// the daemon would, so that what is there is known to work. DIR may be
// left out when the config's pickup.templates names it.
func runPickupTemplates(args []string, _ io.Reader, stdout, stderr io.Writer) error {
	fs := newFlags("pickup templates", stderr)
	path := fs.String("config", os.Getenv("SEALPOST_CONFIG"), "sealpost.yaml (its pickup.templates is the default DIR)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	dir, err := templatesDir(*path, fs.Args())
	if err != nil {
		return err
	}
	written, kept, err := pickup.WriteDefaultTemplates(dir)
	for _, f := range written {
		fmt.Fprintf(stdout, "wrote %s\n", f)
	}
	for _, f := range kept {
		fmt.Fprintf(stdout, "kept %s (already there)\n", f)
	}
	if err != nil {
		return err
	}
	if _, err := pickup.LoadTemplates(dir); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "set pickup.templates: %s in the config to use them; they load at startup\n", dir)
	return nil
}

// templatesDir is the one argument, or else the config's pickup.templates.
func templatesDir(config string, args []string) (string, error) {
	switch {
	case len(args) == 1 && args[0] != "":
		return args[0], nil
	case len(args) > 1:
		return "", errUsage
	case config == "":
		return "", errUsage
	}
	cfg, err := loadConfig(config)
	if err != nil {
		return "", err
	}
	if cfg.Pickup.Templates == "" {
		return "", errors.New("the config sets no pickup.templates: name DIR")
	}
	return cfg.Pickup.Templates, nil
}
