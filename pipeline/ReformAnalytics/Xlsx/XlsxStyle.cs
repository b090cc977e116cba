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
    Decimal = 6,
}
