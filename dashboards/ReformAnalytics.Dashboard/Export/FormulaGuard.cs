namespace ReformAnalytics.Dashboard.Export;

/// <summary>
/// Keeps a spreadsheet from running a cell as a formula (CSV injection): text that starts with =, +, -, @
/// (or a tab or carriage return, which some spreadsheets skip before looking) gets a leading apostrophe,
/// which Excel and WPS show as plain text. Numbers are written as numbers and need no guard.
/// </summary>
internal static class FormulaGuard
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }
}
