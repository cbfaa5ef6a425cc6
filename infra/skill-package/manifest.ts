import * as z from 'zod';
import { ICONS, iconPath } from './icons';

const LocalePublishingSchema = z.looseObject({
  name: z.string().min(1),
  summary: z.string().min(1).max(160),
  description: z.string().min(1).max(4000),
  examplePhrases: z.array(z.string().min(1)).min(1).max(3),
  keywords: z.array(z.string()).max(30).optional(),
  smallIconUri: z.string().optional(),
  largeIconUri: z.string().optional(),
});

const LocalePrivacySchema = z.object({
  privacyPolicyUrl: z.url().optional(),
  termsOfUseUrl: z.url().optional(),
});

/** The fields of an ASK skill manifest this project relies on; anything else passes through. */
export const SkillManifestSchema = z.object({
  manifest: z.looseObject({
    manifestVersion: z.literal('1.0'),
    publishingInformation: z.looseObject({
      locales: z.record(z.string(), LocalePublishingSchema),
      category: z.string().min(1),
    }),
    privacyAndCompliance: z.looseObject({
      locales: z.record(z.string(), LocalePrivacySchema).optional(),
    }),
    apis: z.looseObject({
      custom: z.looseObject({
        endpoint: z.object({ uri: z.string() }).optional(),
      }),
    }),
  }),
});

export type SkillManifest = z.infer<typeof SkillManifestSchema>;

export interface PolicyUrls {
  privacyPolicyUrl?: string;
  termsOfUseUrl?: string;
}

export function parseSkillManifest(json: unknown): SkillManifest {
  return SkillManifestSchema.parse(json);
}

export function publishingLocales(manifest: SkillManifest): string[] {
  return Object.keys(manifest.manifest.publishingInformation.locales).sort();
}

/**
 * Returns a copy with the custom endpoint pointing at the Lambda, the icons the package carries
 * and any configured policy URLs.
 *
 * Icon URIs are `file://` paths relative to the skill package, as `ask smapi export-package`
 * writes them; SMAPI resolves them only inside a package (`ask deploy`, CloudFormation's
 * Alexa::ASK::Skill), so they are added here and never to interaction-model/skill.json, which
 * `ask smapi create-skill-for-vendor --manifest` must accept as is.
 */
export function completeManifest(
  manifest: SkillManifest,
  options: { endpointArn?: string; urls: PolicyUrls },
): SkillManifest {
  const copy = structuredClone(manifest);
  if (options.endpointArn) {
    copy.manifest.apis.custom.endpoint = { uri: options.endpointArn };
  }
  for (const [locale, info] of Object.entries(copy.manifest.publishingInformation.locales)) {
    for (const { field } of ICONS) info[field] = `file://${iconPath(locale, field)}`;
  }
  const { privacyPolicyUrl, termsOfUseUrl } = options.urls;
  // Absent URLs stay absent: an invented URL would be published as the skill's real policy.
  if (privacyPolicyUrl || termsOfUseUrl) {
    const perLocale = {
      ...(privacyPolicyUrl ? { privacyPolicyUrl } : {}),
      ...(termsOfUseUrl ? { termsOfUseUrl } : {}),
    };
    copy.manifest.privacyAndCompliance.locales = Object.fromEntries(
      publishingLocales(copy).map((locale) => [locale, perLocale]),
    );
  }
  return copy;
}
