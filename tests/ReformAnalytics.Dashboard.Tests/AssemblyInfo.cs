// The tests start servers, child processes and a browser; on a 2-core machine shared with others they run
// one class at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
