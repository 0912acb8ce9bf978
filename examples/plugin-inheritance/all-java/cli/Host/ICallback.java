package cli.Host;
public interface ICallback { int Call(int x); }
