namespace ReformAnalytics.Cli.Infrastructure;

/// <summary>The command line itself is wrong (unknown option, missing value); printed with the command's usage.</summary>
internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
