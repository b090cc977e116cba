// The notebooks run one at a time in one process: a run sets the working directory and REFORM_DB for its
// duration (process-wide, as the kernel's are), so no test may run beside it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
