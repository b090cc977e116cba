namespace ReformAnalytics.Dashboard;

/// <summary>The dashboard cannot start with these options; the message (Chinese) says why and what to change.</summary>
public sealed class DashboardOptionsException : Exception
{
    public DashboardOptionsException()
    {
    }

    public DashboardOptionsException(string message)
        : base(message)
    {
    }

    public DashboardOptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
