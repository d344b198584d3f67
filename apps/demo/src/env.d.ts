/** The build-time settings the demo reads (see `.env.next` and vite.config.ts). */
interface ImportMetaEnv {
  /** Salts the generated class names; each release build uses its own. */
  readonly VITE_CLASS_SALT?: string;
  /** `2` builds the "next release" of Keihi: reordered menu, renamed test ids, new wording. */
  readonly VITE_DEMO_RELEASE?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
