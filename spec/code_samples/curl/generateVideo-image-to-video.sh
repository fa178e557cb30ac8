curl -X POST "https://videogenapi.com/api/v1/generate" \
  -H "Authorization: Bearer YOUR_API_KEY" \
  -H "Content-Type: application/json" \
  -d '{
    "model": "veo_3",
    "prompt": "The dog runs in the park chasing a butterfly",
    "image_url": "https://example.com/images/my-dog.jpg",
    "duration": 8,
    "resolution": "1080p",
    "camera_fixed": false,
    "seed": 123456
  }'
