using ReformAnalytics.Notebooks.Tests.Harness;

namespace ReformAnalytics.Notebooks.Tests.HarnessTests;

public sealed class CellCodeTests
{
    [Fact]
    public void Parse_NugetAndPathReferences_AreTakenOutAndReturned()
    {
        var code = CellCode.Parse("#r \"nuget: DuckDB.NET.Data.Full, 1.5.6\"\n#r \"../bin/Release/net10.0/X.dll\"\nvar x = 1;");

        Assert.Equal(
            [new ReferenceDirective("DuckDB.NET.Data.Full", "1.5.6", null, 1), new ReferenceDirective(null, null, "../bin/Release/net10.0/X.dll", 2)],
            code.References);
        Assert.Equal("\n\nvar x = 1;", code.Code);
    }

    [Fact]
    public void Parse_CSharpAndTimeMagics_AreBlankedKeepingLineNumbers()
    {
        var code = CellCode.Parse("#!csharp\n#!time\nvar x = 1;");

        Assert.Equal("\n\nvar x = 1;", code.Code);
        Assert.Empty(code.References);
    }

    [Theory]
    [InlineData("#!sql\nSELECT 1")]
    [InlineData("#!set --name x --value 1")]
    [InlineData("#r \"nuget: DuckDB.NET.Data.Full\"")]
    [InlineData("#r \"nuget: DuckDB.NET.Data.Full, *\"\n#r nuget:x")]
    [InlineData("#i \"nuget: https://example.org/feed\"")]
    [InlineData("#load \"helpers.csx\"")]
    public void Parse_DirectiveTheHarnessCannotHonour_Throws(string source) =>
        Assert.Throws<FormatException>(() => CellCode.Parse(source));
}
