package conf

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"strconv"
)

// Read returns the secret's bytes: the value of the environment variable
// Env, or the contents of File. Exactly one of them must be set.
func (s Secret) Read() ([]byte, error) {
	switch {
	case s.Env != "" && s.File != "":
		return nil, errors.New("conf: secret names both env and file")
	case s.Env != "":
		v, ok := os.LookupEnv(s.Env)
		if !ok || v == "" {
			return nil, fmt.Errorf("conf: environment variable %s is not set", s.Env)
		}
		return []byte(v), nil
	case s.File != "":
		data, err := os.ReadFile(s.File)
		if err != nil {
			return nil, fmt.Errorf("conf: %w", err)
		}
		return data, nil
	}
	return nil, errors.New("conf: secret names neither env nor file")
}

var sizeRE = regexp.MustCompile(`^\s*(\d+)\s*(|B|KB|KiB|MB|MiB|GB|GiB)\s*$`)

var sizeUnits = map[string]int64{"": 1, "B": 1, "KB": 1000, "KiB": 1 << 10, "MB": 1000 * 1000,
	"MiB": 1 << 20, "GB": 1000 * 1000 * 1000, "GiB": 1 << 30}

// UnmarshalText accepts a number of bytes or a number with a unit:
// "1048576", "512KiB", "25MiB", "10MB", "1GiB" (KB, MB, GB are powers of
// 1000; KiB, MiB, GiB of 1024).
func (b *ByteSize) UnmarshalText(text []byte) error {
	m := sizeRE.FindStringSubmatch(string(text))
	if m == nil {
		return fmt.Errorf("expected a size like 25MiB or 10MB, got %q", text)
	}
	n, err := strconv.ParseInt(m[1], 10, 64)
	if err != nil || n > (1<<62)/sizeUnits[m[2]] {
		return fmt.Errorf("size %q is too large", text)
	}
	*b = ByteSize(n * sizeUnits[m[2]])
	return nil
}

// String writes b in the largest binary unit that divides it exactly
// ("25MiB", "512KiB", "1000"); UnmarshalText reads it back.
func (b ByteSize) String() string {
	switch {
	case b >= 1<<30 && b%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", b>>30)
	case b >= 1<<20 && b%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", b>>20)
	case b >= 1<<10 && b%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", b>>10)
	}
	return strconv.FormatInt(int64(b), 10)
}

// MarshalText writes String(), so that sizes round-trip through YAML.
func (b ByteSize) MarshalText() ([]byte, error) { return []byte(b.String()), nil }
