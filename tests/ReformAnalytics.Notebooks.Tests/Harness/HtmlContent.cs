namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>What the harness's <c>HTML(...)</c> returns: the markup a cell asked the kernel to show as HTML.</summary>
public sealed record HtmlContent(string Html)
{
    public override string ToString() => Html;
}
