// Dropout and weight initialisation draw from libtorch's one global random generator, so tests
// that check "same seed, same numbers" cannot share the process with tests running beside them.
// libtorch already uses every core for each test.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
