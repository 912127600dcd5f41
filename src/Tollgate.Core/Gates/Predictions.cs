namespace Tollgate.Core.Gates;

/// <summary>Predicted classes (null for regression) and scores (NaN for multiclass) of scored rows, in row order.</summary>
internal sealed record Predictions(string?[] Labels, double[] Scores)
{
    public int Count => Scores.Length;
}
