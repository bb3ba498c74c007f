// What the language service needs from the place files live: the only way it touches them. The CLI implements it on
// node:fs, the language server on the client's file system and workspace/didChangeWatchedFiles, the VS Code
// extension on vscode.workspace.fs. URIs are strings, as the adapter gives them (file:///…, vscode-vfs://…).

export interface Disposable {
  dispose(): void;
}

export interface FileStat {
  /** Size in bytes. */
  size: number;
}

export interface WorkspaceHost {
  /** The bytes of a file (decoded strictly by the service). Rejects when it cannot be read. */
  readFile(uri: string): Promise<Uint8Array>;
  /** URIs of the files under `folder` matching a glob relative to it (e.g. "**\/*.natolex.json"); [] when unsupported. */
  listFiles(folder: string, glob: string): Promise<string[]>;
  /** The size of a file, to skip one too large before reading it; undefined when it does not exist. */
  stat?(uri: string): Promise<FileStat | undefined>;
  /** Calls `onChange` when a file under `folder` matching `glob` is created, changed or deleted. */
  watch?(folder: string, glob: string, onChange: (uri: string) => void): Disposable;
}
