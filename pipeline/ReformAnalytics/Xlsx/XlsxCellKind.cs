namespace ReformAnalytics.Xlsx;

public enum XlsxCellKind
{
    Blank,
    Text,
    Number,
}
