import { OG_FONT_FAMILY } from "./font";

// The Open Graph cards (1200×630) a chat app or search result shows for a shared link. satori draws
// them: flexbox and inline styles only. Colours are the storefront's (app/globals.css).
export const OG_SIZE = { width: 1200, height: 630 };

const colour = {
  turquoise: "#0e6a66",
  turquoiseDark: "#0c3f3d",
  turquoiseLight: "#d5f3ee",
  paper: "#fbf7f1",
  sand: "#f3eadb",
  ink: "#3f2a17",
  earth: "#7a5431",
};

function Brand({ siteName }: { siteName: string }) {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 16, fontSize: 30, color: colour.turquoise }}>
      <div
        style={{
          width: 44,
          height: 44,
          borderRadius: 22,
          background: "#1aa39a",
          border: `6px solid ${colour.turquoiseLight}`,
        }}
      />
      {siteName}
    </div>
  );
}

function Frame({ children }: { children: React.ReactNode }) {
  return (
    <div
      style={{
        ...OG_SIZE,
        display: "flex",
        background: colour.paper,
        color: colour.ink,
        fontFamily: OG_FONT_FAMILY,
        borderBottom: `16px solid ${colour.turquoise}`,
      }}
    >
      {children}
    </div>
  );
}

function Placeholder({ side, label }: { side: number; label: string }) {
  return (
    <div
      style={{
        width: side,
        height: side,
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: colour.sand,
        color: colour.earth,
        fontSize: 36,
      }}
    >
      {label}
    </div>
  );
}

export type ProductCardProps = {
  title: string;
  shopName: string;
  price: string;
  /** A JPEG data URL, square. */
  photo?: string;
  noPhoto: string;
  soldOut?: string;
  siteName: string;
};

export function ProductCard(props: ProductCardProps) {
  const side = OG_SIZE.height - 16;
  return (
    <Frame>
      {props.photo ? (
        // biome-ignore lint/performance/noImgElement: satori draws <img>, there is no next/image here
        <img src={props.photo} width={side} height={side} alt="" style={{ objectFit: "cover" }} />
      ) : (
        <Placeholder side={side} label={props.noPhoto} />
      )}
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "48px 48px 40px" }}>
        <div style={{ fontSize: 30, color: colour.turquoise }}>{props.shopName}</div>
        <div style={{ marginTop: 20, fontSize: 54, lineHeight: 1.25, display: "flex" }}>{props.title}</div>
        <div style={{ display: "flex", alignItems: "center", gap: 20, marginTop: 28 }}>
          <div style={{ fontSize: 46, color: colour.turquoiseDark }}>{props.price}</div>
          {props.soldOut ? (
            <div
              style={{
                fontSize: 28,
                padding: "6px 18px",
                borderRadius: 999,
                background: colour.sand,
                color: colour.ink,
              }}
            >
              {props.soldOut}
            </div>
          ) : null}
        </div>
        <div style={{ display: "flex", marginTop: "auto" }}>
          <Brand siteName={props.siteName} />
        </div>
      </div>
    </Frame>
  );
}

export type ShopCardProps = {
  name: string;
  place: string;
  story: string;
  /** Up to four square JPEG data URLs of the shop's newest products, SHOP_PHOTO_SIDE wide. */
  photos: string[];
  siteName: string;
};

export const SHOP_PHOTO_SIDE = 255;

export function ShopCard(props: ShopCardProps) {
  return (
    <Frame>
      <div style={{ display: "flex", flexDirection: "column", flex: 1, padding: "52px 48px 40px 60px" }}>
        <div
          style={{
            width: 104,
            height: 104,
            borderRadius: 52,
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            background: colour.turquoise,
            color: "#ffffff",
            fontSize: 52,
            border: `8px solid ${colour.turquoiseLight}`,
          }}
        >
          {Array.from(props.name)[0] ?? ""}
        </div>
        <div style={{ fontSize: 54, marginTop: 24, lineHeight: 1.2, display: "flex" }}>{props.name}</div>
        <div style={{ fontSize: 28, color: colour.earth, marginTop: 8 }}>{props.place}</div>
        <div style={{ display: "flex", fontSize: 28, lineHeight: 1.5, marginTop: 20 }}>{props.story}</div>
        <div style={{ display: "flex", marginTop: "auto" }}>
          <Brand siteName={props.siteName} />
        </div>
      </div>
      {props.photos.length > 0 ? (
        <div
          style={{
            display: "flex",
            flexWrap: "wrap",
            gap: 16,
            width: SHOP_PHOTO_SIDE * 2 + 16,
            padding: "44px 48px 44px 0",
            boxSizing: "content-box",
          }}
        >
          {props.photos.map((photo) => (
            // biome-ignore lint/performance/noImgElement: satori draws <img>, there is no next/image here
            <img
              key={photo.slice(-24)}
              src={photo}
              width={SHOP_PHOTO_SIDE}
              height={SHOP_PHOTO_SIDE}
              alt=""
              style={{ borderRadius: 20, objectFit: "cover" }}
            />
          ))}
        </div>
      ) : null}
    </Frame>
  );
}
