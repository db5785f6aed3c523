// Command gencerts writes the test certificate set of testcerts.WriteSet
// into a directory, for running tests/ssl programs by hand:
//
//	go run ./internal/testcerts/gencerts /tmp/certs
//	UPY_TEST_CERTS=/tmp/certs ./upy tests/ssl/context.py
package main

import (
	"fmt"
	"os"

	"upy/internal/testcerts"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: gencerts DIR")
		os.Exit(2)
	}
	if err := testcerts.WriteSet(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
