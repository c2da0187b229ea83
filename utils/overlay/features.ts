import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { reportError } from './safe';

// Each overlay capability is one file that registers itself here; the content script only
// imports the feature files and starts them. Everything a feature attaches uses `ctx` or a
// composer's `signal`, so no feature needs cleanup code of its own.

export interface Feature {
  name: string;
  init(ctx: ContentScriptContext): void | Promise<void>;
}

const features: Feature[] = [];

export function registerFeature(feature: Feature): void {
  features.push(feature);
}

export async function startFeatures(ctx: ContentScriptContext): Promise<void> {
  for (const feature of features) {
    try {
      await feature.init(ctx);
    } catch (error) {
      reportError(`feature ${feature.name}`, error);
    }
  }
}
