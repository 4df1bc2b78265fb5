import { css } from 'lit';

/**
 * The loading skeleton every element shows while its data arrives: `.bone` blocks with
 * a shimmer, still for people who ask for reduced motion. An element sets each bone's
 * height in its own styles.
 */
export const skeleton = css`
  .bone {
    block-size: 44px;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface-sunken), var(--_neutral-bg), var(--_surface-sunken));
    background-size: 200% 100%;
    animation: shimmer 1.4s ease-in-out infinite;
  }

  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: -100% 0;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
  }
`;
