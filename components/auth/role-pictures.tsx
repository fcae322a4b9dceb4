// Pictures for the two sign-up choices, drawn inline so they need no files and stay sharp.

export function BuyerPicture() {
  return (
    <svg viewBox="0 0 120 96" aria-hidden="true" className="h-24 w-28">
      <rect x="0" y="0" width="120" height="96" rx="18" fill="#effbf9" />
      <path d="M30 40h60l-7 36H37z" fill="#c98a4b" />
      <path d="M30 40h60l-2 8H32z" fill="#a86d34" />
      <path d="M44 40c0-14 32-14 32 0" fill="none" stroke="#7a5431" strokeWidth="5" strokeLinecap="round" />
      <circle cx="50" cy="34" r="8" fill="#1aa39a" />
      <circle cx="62" cy="30" r="8" fill="#0f857e" />
      <path d="M70 36c6-12 18-10 18-10s-2 12-14 14z" fill="#3f8f3a" />
      <path d="M40 56h40M42 66h36" stroke="#7a5431" strokeWidth="3" strokeLinecap="round" opacity="0.5" />
    </svg>
  );
}

export function SellerPicture() {
  return (
    <svg viewBox="0 0 120 96" aria-hidden="true" className="h-24 w-28">
      <rect x="0" y="0" width="120" height="96" rx="18" fill="#fbf7f1" />
      <rect x="26" y="42" width="68" height="38" rx="3" fill="#f3eadb" stroke="#7a5431" strokeWidth="3" />
      <path d="M20 30h80l-4 14H24z" fill="#0e6a66" />
      <path d="M24 44c4 6 12 6 16 0c4 6 12 6 16 0c4 6 12 6 16 0c4 6 12 6 16 0c4 6 12 6 8 0" fill="#1aa39a" />
      <rect x="36" y="56" width="20" height="24" rx="2" fill="#c98a4b" />
      <rect x="64" y="56" width="20" height="14" rx="2" fill="#d5f3ee" stroke="#0f857e" strokeWidth="2" />
      <circle cx="74" cy="63" r="3" fill="#1aa39a" />
      <rect x="50" y="18" width="20" height="10" rx="2" fill="#c98a4b" />
    </svg>
  );
}
