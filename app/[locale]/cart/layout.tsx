// Rendered whole per request (the visitor's own cart, orders, payment): a streamed shell would show
// nothing but a placeholder to a browser without JavaScript, and every form here works without it.
export const instant = false;

// No message provider: the line controls take their texts as props (cart-line-controls.tsx).
export default function CartLayout({ children }: { children: React.ReactNode }) {
  return children;
}
