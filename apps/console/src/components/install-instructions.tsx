import { loaderSnippet } from '@shirube/sdk/snippet';
import { useI18n } from '../i18n/i18n.js';
import { CopyButton } from './ui.js';

/** How a bundled app starts the SDK with this project's key, as the npm package's README shows it. */
export const npmInstallCode = (apiUrl: string, publicKey: string) =>
  [
    'npm install @shirube/sdk',
    '',
    "import { createShirube } from '@shirube/sdk';",
    '',
    `const shirube = createShirube({ projectKey: ${JSON.stringify(publicKey)}, apiUrl: ${JSON.stringify(apiUrl)} });`,
    "shirube.identify(user.id, { plan: user.plan, accountId: user.company.id, account: { name: user.company.name } });",
  ].join('\n');

/**
 * The install card's instructions: the loader snippet to paste into every page (calls made before
 * the SDK has loaded are queued), and the npm package for apps that bundle their code.
 */
export function InstallInstructions(props: { serverOrigin: string; publicKey: string }) {
  const { t } = useI18n();
  const l = t.install;
  const snippet = loaderSnippet({ sdkUrl: `${props.serverOrigin}/sdk/shirube.js`, projectKey: props.publicKey });
  const npm = npmInstallCode(props.serverOrigin, props.publicKey);
  return (
    <div class="install">
      <h2>{l.title}</h2>
      <p class="muted">{l.intro}</p>
      <pre class="snippet snippet-wrap" data-testid="install-snippet">{snippet}</pre>
      <CopyButton text={snippet} label={l.copySnippet} copiedLabel={l.copied} />
      <p class="sub install-note">{l.csp}</p>
      <h3>{l.npmTitle}</h3>
      <p class="muted">{l.npmIntro}</p>
      <pre class="snippet" data-testid="install-npm">{npm}</pre>
      <CopyButton text={npm} label={l.copyCode} copiedLabel={l.copied} />
    </div>
  );
}
