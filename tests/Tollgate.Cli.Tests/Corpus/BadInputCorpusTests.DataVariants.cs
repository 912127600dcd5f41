namespace Tollgate.Cli.Tests.Corpus;

/// <summary>Training data with too little to learn from: a single row, two rows of one class.</summary>
public partial class BadInputCorpusTests
{
    private static IEnumerable<CorpusCase> TrainingDataVariantCases()
    {
        yield return Data("single data row", p => p.Write("data.csv", Csv("x1,x2,kind,label", "1.0,2.0,a,1")), ErrorCodes.DataValueInvalid);
        yield return Data("two rows of one class", p => p.Write("data.csv", Csv("x1,x2,kind,label", "1.0,2.0,a,1", "3.0,4.0,b,1")), ErrorCodes.DataValueInvalid);
    }
}
