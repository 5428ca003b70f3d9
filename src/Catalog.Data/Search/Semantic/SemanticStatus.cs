using System.Globalization;

namespace Catalog.Data.Search.Semantic;

/// <summary>Where the current catalog's vectors stand: <see cref="Done"/> of <see cref="Papers"/> have one.</summary>
public sealed record SemanticStatus(SemanticState State, int Done, int Papers)
{
    public static SemanticStatus Off { get; } = new(SemanticState.Off, 0, 0);

    public static SemanticStatus Waiting { get; } = new(SemanticState.Waiting, 0, 0);

    public bool IsReady => State == SemanticState.Ready;

    /// <summary><c>Ready</c>, <c>Computing 120 of 86000</c>, <c>Waiting</c> or <c>Off</c>.</summary>
    public override string ToString() => State == SemanticState.Computing
        ? string.Create(CultureInfo.InvariantCulture, $"Computing {Done} of {Papers}")
        : State.ToString();
}
