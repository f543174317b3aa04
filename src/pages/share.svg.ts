// The social-card image as SVG; the build also renders share.png from it for Open Graph and Twitter.
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { shareImageSvg } from '../lib/share-image';

export const GET: APIRoute = async () =>
  new Response(shareImageSvg((await getEntry('report', 'report'))!.data), { headers: { 'Content-Type': 'image/svg+xml' } });
