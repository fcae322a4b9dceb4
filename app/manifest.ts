import type { MetadataRoute } from "next";
import en from "@/messages/en/common.json";
import zh from "@/messages/zh-CN/common.json";

/**
 * One manifest serves every visitor, so it has one language: Chinese, the village's and most buyers'.
 * The full name carries the English one too (install prompts show it); the short name under the
 * home-screen icon stays Chinese and short enough not to be cut.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: "/",
    name: `${zh.siteName} · ${en.siteName}`,
    short_name: zh.shortName,
    description: zh.tagline,
    lang: "zh-CN",
    dir: "ltr",
    // The home page sends each visitor on to their language.
    start_url: "/",
    scope: "/",
    display: "standalone",
    orientation: "portrait",
    theme_color: "#0e6a66",
    background_color: "#fbf7f1",
    categories: ["shopping", "food"],
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/maskable-192.png", sizes: "192x192", type: "image/png", purpose: "maskable" },
      { src: "/icons/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
