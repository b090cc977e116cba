namespace ReformAnalytics.Xlsx;

/// <summary>
/// The few cell styles the sheets need; the numbers are the style indexes written. <see cref="Date"/>,
/// <see cref="Percent"/> and <see cref="Decimal"/> are the formats units' own ledgers use (the sample county writes
/// them); the office's outputs write through <see cref="XlsxCell.Day"/>, <see cref="XlsxCell.Share"/> and
/// <see cref="XlsxCell.Figure"/>, which show a figure as every other output writes it.
/// </summary>
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

    /// <summary>A date as the office's outputs write it (FigureText): 2024年7月31日.</summary>
    ChineseDate = 8,

    /// <summary>A whole percent: 43%. The office's outputs pick it or <see cref="Percent"/> by FigureText's rule.</summary>
    WholePercent = 9,

    /// <summary>A whole number: 45. The office's outputs pick it or <see cref="Decimal"/> by FigureText's rule.</summary>
    Whole = 10,
}
