using ReformAnalytics.Reading;

namespace ReformAnalytics.Tests.Reading;

/// <summary>LibreOffice's numbered errors as a CSV keeps them: which texts are errors, and what each is told to mean.</summary>
public sealed class LibreOfficeErrorsTests
{
    [Theory]
    [InlineData("Err:504", "函数的参数类型或个数不对")]
    [InlineData("Err:507", "公式中的括号不成对")]
    [InlineData("Err:509", "公式缺少运算符")]
    [InlineData("Err:510", "公式缺少运算数，如两个运算符相连")]
    [InlineData("Err:511", "公式缺少运算数，如函数的参数少于所需")]
    [InlineData("Err:523", "迭代计算没有得到结果（不收敛）")]
    [InlineData("Err:503", "公式算出的数值无效或超出范围")]
    [InlineData("Err:524", "公式引用的单元格已被删除或移走")]
    [InlineData("Err:599", "公式无法计算")]
    public void Meaning_OfANumberedError_IsItsOwnOrExcelsNamesOne(string error, string meaning)
    {
        Assert.Equal(error, ExcelErrors.Known($" {error} "));
        Assert.Equal(meaning, ReadingMessages.FormulaErrorMeaning(error));
        Assert.Equal("LibreOffice 公式错误", ReadingMessages.FormulaErrorKind(error));
    }

    [Theory]
    [InlineData("Err:50")]
    [InlineData("Err:5021")]
    [InlineData("Err:402")]
    [InlineData("err:502")]
    [InlineData("Error")]
    [InlineData("Err:5O2")]
    public void Known_TextsThatAreNoNumberedError_AreNone(string text) => Assert.Null(ExcelErrors.Known(text));
}
