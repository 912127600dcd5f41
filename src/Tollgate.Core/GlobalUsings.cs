// ErrorCodes and TollgateException are used across Core (every user-facing failure carries a code); imported once here.
global using Tollgate.Core.Errors;
