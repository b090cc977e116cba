namespace ReformAnalytics.Dashboard.Tests.Support;

/// <summary>
/// Entry point of the test assembly when run as a program (the test runner never calls it): the writer
/// process of <see cref="WriterProcess"/>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Length == 2 && args[0] == "hold-writer" ? WriterProcess.Run(args[1]) : 2;
    }
}
