/** How the local editing server (decap-server) runs: on 127.0.0.1 only, in git mode, in a given repository. */

/** decap-server's port: DECAP_PORT, or Decap's default 8081. */
export function decapServerPort(env: Record<string, string | undefined> = process.env): number {
  return Number(env['DECAP_PORT'] ?? 8081);
}

/**
 * decap-server's environment. In git mode every save commits the whole working tree of `repository` (`git add
 * .`) and switches branches there for the editorial workflow, so it must be a checkout where that is safe.
 */
export function decapServerEnv(repository: string, port: number): Record<string, string> {
  return { BIND_HOST: '127.0.0.1', MODE: 'git', PORT: String(port), GIT_REPO_DIRECTORY: repository };
}
