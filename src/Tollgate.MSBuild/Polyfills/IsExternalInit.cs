#if NETFRAMEWORK
namespace System.Runtime.CompilerServices;

/// <summary>Lets records and init accessors compile for net472 (the type ships only with .NET 5+).</summary>
internal static class IsExternalInit
{
}
#endif
