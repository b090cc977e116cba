namespace ReformAnalytics.Model;

/// <summary>How a deadline (完成时限) was written; kept for analysis and as a model feature.</summary>
public enum DeadlineKind
{
    /// <summary>No deadline text at all.</summary>
    Missing,

    /// <summary>A full date: 2024/6/30, an Excel date cell.</summary>
    Day,

    /// <summary>A month: 2024年6月底前, 6月, 2024.6.</summary>
    Month,

    /// <summary>A quarter: 三季度末, 一季度.</summary>
    Quarter,

    /// <summary>A half year: 上半年.</summary>
    HalfYear,

    /// <summary>The year: 年底前, 年内.</summary>
    Year,

    /// <summary>A span of months: 1-8月, 7、8月.</summary>
    Range,

    /// <summary>Several milestones in one cell; the last is the deadline.</summary>
    Milestones,

    /// <summary>长期坚持, 持续推进, 常态化推进: no deadline, never overdue.</summary>
    OpenEnded,
}
