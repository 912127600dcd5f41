namespace Cake.Tollgate.Pipeline;

/// <summary>What <c>TollgatePipeline</c> did (<c>tollgate pipeline --json</c>): each step's own result, in order.</summary>
/// <param name="Through">The last environment promoted into.</param>
/// <param name="Changed">False when nothing was retrained, no gate ran, no package was written and no environment changed.</param>
/// <param name="Train">The training step (<see cref="TollgateTrainResult.UpToDate"/>: not retrained).</param>
/// <param name="Validate">The validation step; its verdict failed the run when <see cref="TollgatePipelineValidation.Passed"/> is false.</param>
/// <param name="Pack">The packing step; null when the run stopped before it.</param>
/// <param name="Promotions">One promotion per environment up to <paramref name="Through"/>, in order.</param>
public sealed record TollgatePipelineResult(
    string Through, bool Changed, TollgateTrainResult Train, TollgatePipelineValidation? Validate, TollgatePackResult? Pack, IReadOnlyList<TollgatePromoteResult> Promotions);
