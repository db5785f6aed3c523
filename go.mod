module upy

go 1.26.8
