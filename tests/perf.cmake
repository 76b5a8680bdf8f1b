# Performance and robustness area (issue 9). The benchmarks live in bench/ (not in ctest); the
# fuzz targets in fuzz/ (clang only). Here: the fuzz regression inputs, in the normal suite.
ledgerlink_add_test(fuzzregression LIBS ledgerlink_core LABELS unit reliability)
