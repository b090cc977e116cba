namespace ReformAnalytics.Xlsx;

/// <summary>The few cell styles the office's sheets need; the numbers are the style indexes written.</summary>
public enum XlsxStyle
{
    Default = 0,
    Header = 1,
    Title = 2,
    Date = 3,
    Percent = 4,
    Wrap = 5,
    /// <summary>One decimal: 45.0.</summary>
    Decimal = 6,

    /// <summary>A 红黑榜 or 考核 score, two decimals as every output prints it: 92.00, 91.79.</summary>
    Score = 7,
}
