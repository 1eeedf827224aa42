#pragma once

// An invariant of a fuzz target: when it fails, the target aborts, which libFuzzer reports
// as a crash and saves the input that broke it.

#include <cstdio>
#include <cstdlib>

#define CIVIC_FUZZ_CHECK(condition)                                                                \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
