namespace ReformAnalytics.Model;

/// <summary>Canonical reported status; the unit's own words are kept beside it as status_text.</summary>
public enum ReportedStatus
{
    Unknown,
    Completed,
    Ahead,
    OnTrack,
    Behind,
    NotStarted,
    Suspended,
}
