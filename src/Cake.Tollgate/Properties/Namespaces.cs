namespace Cake.Tollgate
{
    /// <summary>Cake aliases for Tollgate: train, gate, package and promote ML models.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}

namespace Cake.Tollgate.Runner
{
    /// <summary>Settings and the process runner behind the Tollgate aliases.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}

namespace Cake.Tollgate.Configuration
{
    /// <summary>What tollgate.yml declares (environments in promotion order), read through the CLI.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}
